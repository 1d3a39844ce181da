import {
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/table-core';
import { sortFnUnitValue } from './sort-unit-value';

// Both tables only sort (search and facets filter rows before they reach the table).
export const sortingTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic, unitValue: sortFnUnitValue },
});

export type SortingTableFeatures = typeof sortingTableFeatures;
