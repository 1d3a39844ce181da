// Word lists for synthetic Daily Papers captures: the vocabulary of ML-systems
// abstracts, the organizations that post them, the hardware they run on. Roughly
// ordered from common to rare, because the generator draws them Zipf-like.

// biome-ignore format: one row per case
export const TOPICS = [
  'attention', 'transformer', 'language model', 'diffusion model', 'inference', 'training',
  'KV cache', 'mixture of experts', 'quantization', 'speculative decoding', 'video generation',
  'reinforcement learning', 'retrieval-augmented generation', 'vision-language model', 'distillation',
  'sparse attention', 'linear attention', 'state space model', 'pruning', 'low-rank adaptation',
  'long-context modeling', 'image generation', 'pipeline parallelism', 'tensor parallelism',
  'kernel fusion', 'memory offloading', 'token pruning', 'multimodal reasoning', 'code generation',
  'mathematical reasoning', 'preference optimization', 'text-to-speech', 'speech recognition',
  'point cloud segmentation', 'neural rendering', 'Gaussian splatting', 'federated learning',
  'graph neural network', 'recommendation', 'embodied agents', 'robot manipulation', 'world model',
  'flow matching', 'consistency distillation', 'early exit', 'activation sparsity', 'weight sharing',
  'prefix caching', 'continuous batching', 'paged attention', 'expert routing', 'sequence parallelism',
  'gradient checkpointing', 'optimizer state sharding', 'FP8 training', 'post-training quantization',
  'structured sparsity', 'dynamic resolution', 'visual token compression', 'audio generation',
  'protein structure prediction', 'weather forecasting', 'time series forecasting', 'tabular learning',
] as const;

// biome-ignore format: one row per case
export const ADJECTIVES = [
  'efficient', 'scalable', 'fast', 'lightweight', 'adaptive', 'hardware-aware', 'memory-efficient',
  'training-free', 'lossless', 'unified', 'robust', 'hierarchical', 'dynamic', 'sparse', 'streaming',
  'distributed', 'progressive', 'asynchronous', 'compositional', 'interpretable', 'parameter-efficient',
  'communication-efficient', 'low-latency', 'high-throughput', 'on-device', 'zero-shot', 'multi-scale',
  'token-efficient', 'cache-aware', 'heterogeneous', 'fine-grained', 'coarse-to-fine', 'plug-and-play',
] as const;

// biome-ignore format: one row per case
export const NOUNS = [
  'framework', 'method', 'approach', 'system', 'architecture', 'algorithm', 'pipeline', 'scheduler',
  'kernel', 'runtime', 'compiler', 'benchmark', 'recipe', 'serving engine', 'decoder', 'encoder',
  'tokenizer', 'planner', 'router', 'adapter', 'policy', 'agent', 'estimator', 'allocator',
] as const;

// biome-ignore format: one row per case
export const APPLICATIONS = [
  'long-context inference', 'LLM serving', 'edge devices', 'video understanding', 'autonomous driving',
  'scientific discovery', 'text-to-image synthesis', 'code completion', 'multilingual translation',
  'medical imaging', 'large-scale pretraining', 'on-device assistants', 'real-time rendering',
  'document understanding', 'dialogue systems', 'chip design', 'molecular generation', 'search ranking',
  'open-vocabulary detection', 'embodied navigation', 'mobile GPUs', 'commodity hardware',
] as const;

// biome-ignore format: one row per case
export const PROBLEM_PHRASES = [
  'the quadratic cost of self-attention', 'the memory footprint of the KV cache',
  'the communication overhead of expert parallelism', 'the latency of autoregressive decoding',
  'the redundancy of visual tokens', 'the instability of low-precision training',
  'the cost of full fine-tuning', 'the memory bandwidth bottleneck of decoding',
  'load imbalance across experts', 'the sequential nature of diffusion sampling',
  'pipeline bubbles in distributed training', 'the overhead of dequantization',
  'the scarcity of labeled data', 'catastrophic forgetting during continual learning',
  'the gap between offline metrics and user satisfaction', 'stragglers in synchronous training',
] as const;

// biome-ignore format: one row per case
export const METRICS = [
  'inference latency', 'prefill latency', 'decoding throughput', 'training throughput',
  'time-to-first-token', 'time per output token', 'end-to-end latency', 'peak memory',
  'KV cache memory', 'GPU memory', 'training cost', 'energy consumption', 'wall-clock time',
  'serving cost', 'sampling time', 'communication volume',
] as const;

// biome-ignore format: one row per case
export const BASELINES = [
  'FlashAttention-2', 'vLLM', 'TensorRT-LLM', 'DeepSpeed', 'Megatron-LM', 'the dense baseline',
  'standard attention', 'full fine-tuning', 'the original model', 'SGLang', 'PyTorch eager',
  'prior state-of-the-art methods', 'the teacher model', 'FSDP', 'llama.cpp', 'the FP16 baseline',
] as const;

// biome-ignore format: one row per case
export const HARDWARE = [
  'H100', 'A100', 'RTX 4090', 'RTX 5090', 'H200', 'B200', 'L40S', 'MI300X', 'TPU v5e', 'V100',
  'RTX 3090', 'Jetson Orin', 'Gaudi 2', 'T4', 'A6000', 'Apple M2 Ultra', 'Snapdragon 8 Gen 3',
] as const;

// biome-ignore format: one row per case
export const MODELS = [
  'Llama-3.1-8B', 'Llama-3.1-70B', 'Qwen2.5-7B', 'Qwen2-57B-A14B', 'Mixtral 8x7B', 'Mistral-7B',
  'DeepSeek-V3', 'Gemma-2-9B', 'Phi-3-mini', 'Stable Diffusion XL', 'FLUX.1-dev', 'Wan 2.1-1.3B',
  'CogVideoX-5B', 'LLaVA-1.5-7B', 'Qwen2-VL-7B', 'Whisper-large-v3', 'OPT-13B', 'GPT-2', 'ViT-L/14',
  'DiT-XL/2', 'Mamba-2.8B', 'OLMo-7B', 'Falcon-40B', 'InternVL2-8B',
] as const;

// biome-ignore format: one row per case
export const DATASETS = [
  'ImageNet', 'COCO', 'GSM8K', 'MMLU', 'HumanEval', 'LongBench', 'RULER', 'MATH', 'VBench',
  'Kinetics-400', 'LibriSpeech', 'ScanNet', 'nuScenes', 'SWE-bench', 'MT-Bench', 'AlpacaEval',
  'GenEval', 'Needle-in-a-Haystack', 'ARC-Challenge', 'HellaSwag', 'MBPP', 'DocVQA',
] as const;

// biome-ignore format: one row per case
export const ORGS: readonly (readonly [handle: string, name: string])[] = [
  ['nvidia', 'NVIDIA'], ['google', 'Google'], ['meta-llama', 'Meta Llama'], ['facebook', 'AI at Meta'],
  ['microsoft', 'Microsoft'], ['Qwen', 'Qwen'], ['deepseek-ai', 'DeepSeek'], ['allenai', 'Ai2'],
  ['apple', 'Apple'], ['amd', 'AMD'], ['intel', 'Intel'], ['huggingface', 'Hugging Face'],
  ['Snowflake', 'Snowflake'], ['mistralai', 'Mistral AI'], ['ByteDance-Seed', 'ByteDance Seed'],
  ['tencent', 'Tencent'], ['alibaba-damo', 'Alibaba DAMO Academy'], ['baidu', 'Baidu'],
  ['stanford', 'Stanford AI Lab'], ['mit-han-lab', 'MIT HAN Lab'], ['berkeley-sky', 'Berkeley Sky Computing Lab'],
  ['cmu-lti', 'CMU Language Technologies Institute'], ['tsinghua', 'Tsinghua University'],
  ['pku', 'Peking University'], ['ethz', 'ETH Zurich'], ['epfl', 'EPFL'], ['oxford', 'University of Oxford'],
  ['mila', 'Mila'], ['together', 'Together AI'], ['cerebras', 'Cerebras'], ['salesforce', 'Salesforce'],
  ['ibm-granite', 'IBM Granite'], ['stabilityai', 'Stability AI'], ['OpenGVLab', 'OpenGVLab'],
  ['shanghai-ai-lab', 'Shanghai AI Laboratory'], ['kaist', 'KAIST AI'], ['samsung', 'Samsung Research'],
  ['sony', 'Sony AI'], ['adobe', 'Adobe Research'], ['uw-nlp', 'University of Washington NLP'],
];

/** Syllables for coined method names (FlashSigmoid, SwiftKV, ...): they make the vocabulary grow with N as real corpora do. */
// biome-ignore format: one row per case
export const NAME_SYLLABLES = [
  'flash', 'swift', 'turbo', 'lite', 'sparse', 'quant', 'spec', 'mega', 'nano', 'hyper', 'omni',
  'fast', 'zip', 'kv', 'cache', 'flow', 'mix', 'tok', 'vid', 'gen', 'star', 'orca', 'lynx', 'puma',
  'atlas', 'nova', 'echo', 'pulse', 'prism', 'helix', 'vortex', 'comet', 'raven', 'aero', 'quill',
  'ember', 'delta', 'sigma', 'tau', 'zeta', 'blend', 'shard', 'fuse', 'mesh', 'grid', 'loom',
] as const;
