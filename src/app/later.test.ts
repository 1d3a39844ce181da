import { describe, expect, it } from 'vitest';
import { later } from './later';

describe('later: a module loaded once it is asked for', () => {
  it('is null until asked for and in, then the module, loaded once', async () => {
    let imports = 0;
    const m = later(async () => {
      imports++;
      return { answer: 42 };
    });
    const heard: string[] = [];
    m.subscribe(() => heard.push(m.get() === null ? 'null' : 'in'));
    expect(m.get()).toBeNull();
    const first = m.load();
    expect(m.load()).toBe(first);
    expect(m.get()).toBeNull();
    expect(await first).toEqual({ answer: 42 });
    expect(m.get()).toEqual({ answer: 42 });
    expect(imports).toBe(1);
    expect(heard).toEqual(['in']);
  });

  it('a module that fails to load throws its error on get and tells its listeners', async () => {
    const m = later<{ x: number }>(() => Promise.reject(new Error('chunk gone')));
    let told = 0;
    const off = m.subscribe(() => told++);
    await expect(m.load()).rejects.toThrow('chunk gone');
    expect(told).toBe(1);
    expect(() => m.get()).toThrow('chunk gone');
    off();
  });

  it('a listener that unsubscribed is not told', async () => {
    const m = later(async () => 1);
    let told = 0;
    m.subscribe(() => told++)();
    await m.load();
    expect(told).toBe(0);
  });
});
