// Accelerator names as abstracts write them → one normalized name, no counts.
import { describe, expect, it } from 'vitest';
import { findHardware, hardwareNames } from './hardware';

const names = (text: string) => hardwareNames(findHardware(text));

const rows: [string, string[]][] = [
  ['On H100 GPUs, our kernel is fast.', ['H100']],
  ['on 4x H100 GPUs and 64 H100 GPUs', ['H100']],
  ['on NVIDIA H100 SXM and h100 PCIe', ['H100']],
  ['a single A100-80GB and an 80GB A100', ['A100']],
  ['deployable on RTX 5090 GPU', ['RTX 5090']],
  ['a GeForce RTX4090 and an RTX 3090 Ti', ['RTX 4090', 'RTX 3090 Ti']],
  ['one RTX A6000 and one NVIDIA A6000', ['RTX A6000']],
  ['on AMD Instinct MI300X and MI250X accelerators', ['MI300X', 'MI250X']],
  ['on TPU v5e and TPUv4 pods', ['TPU v5e', 'TPU v4']],
  ['training on TPUs', ['TPU']],
  ['training on TPUs, here TPU v5p', ['TPU v5p']],
  ['on Intel Gaudi2 and Gaudi 3', ['Gaudi 2', 'Gaudi 3']],
  ['with AWS Trainium2 and Inferentia2', ['Trainium2', 'Inferentia2']],
  ['on a Jetson AGX Orin board', ['Jetson AGX Orin']],
  ['On a Cerebras WSE-2 system', ['Cerebras WSE-2']],
  ['On an Apple M2 Ultra and an M3 Max', ['Apple M2 Ultra', 'Apple M3 Max']],
  ['On a Snapdragon 8 Gen 3 phone', ['Snapdragon 8 Gen 3']],
  ['on Ascend 910B NPUs', ['Ascend 910B']],
  ['on a single T4 GPU and NVIDIA L4', ['T4', 'L4']],
  ['on 16 L40S GPUs and B200', ['L40S', 'B200']],
  ['GH200 superchips and GB200 NVL72', ['GH200', 'GB200']],
  ['V100, A100 and H100, in that order', ['V100', 'A100', 'H100']],
  // Every way a name can start has a row: hardware.ts looks for names only where one of
  // the words in its NAME_START list stands.
  ['served on a Groq LPU and a Graphcore Bow IPU', ['Groq LPU', 'Graphcore Bow IPU']],
  ['an NVIDIA A10G GPU, a Tesla T4 and one H800 GPU', ['A10G', 'T4', 'H800']],
  ['on a Cloud TPU v5e pod and Habana Gaudi', ['TPU v5e', 'Gaudi']],
  // Not hardware: model names, grades, sizes that look like part codes.
  ['We use T5-11B, A10 grade steel, H20 water and L4 vertebrae.', []],
  ['Mixtral 8x7B and Llama-3-70B with 4-bit weights', []],
];

describe('hardware', () => {
  it.each(rows)('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('reports offsets that point at the name', () => {
    const text = 'Runs on 8 H100 GPUs.';
    const [h] = findHardware(text);
    expect(text.slice(h!.start, h!.end)).toBe('H100');
  });
});
