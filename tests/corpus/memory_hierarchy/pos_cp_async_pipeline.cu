// Two-stage cp.async pipeline for a row-block reduction (sm_80+).
#include <cuda_pipeline.h>
#include <cuda_runtime.h>

constexpr int kThreads = 128;
constexpr int kVec = 4;                      // floats per 16-byte chunk
constexpr int kChunk = kThreads * kVec;      // floats per stage

__global__ void rowsum_pipelined(const float* __restrict__ x, float* __restrict__ out,
                                 int cols) {
  // Double-buffered staging area: while the block reduces stage s, the copy
  // engine is already filling stage s ^ 1.
  __shared__ __align__(16) float stage[2][kChunk];

  const float* row = x + static_cast<size_t>(blockIdx.x) * cols;
  const int t = threadIdx.x;
  const int nchunks = cols / kChunk;   // host guarantees cols % kChunk == 0
  float acc = 0.f;

  // Prefetch chunk 0 before entering the loop.
  __pipeline_memcpy_async(&stage[0][t * kVec], row + t * kVec, 16);
  __pipeline_commit();

  for (int c = 0; c < nchunks; ++c) {
    const int cur = c & 1;
    if (c + 1 < nchunks) {
      __pipeline_memcpy_async(&stage[cur ^ 1][t * kVec],
                              row + (c + 1) * kChunk + t * kVec, 16);
    }
    __pipeline_commit();
    __pipeline_wait_prior(1);   // everything except the newest batch has landed
    __syncthreads();

    float4 v = *reinterpret_cast<const float4*>(&stage[cur][t * kVec]);
    acc += v.x + v.y + v.z + v.w;
    __syncthreads();            // stage[cur] is overwritten two iterations later
  }

  acc += __shfl_down_sync(0xffffffff, acc, 16);
  acc += __shfl_down_sync(0xffffffff, acc, 8);
  acc += __shfl_down_sync(0xffffffff, acc, 4);
  acc += __shfl_down_sync(0xffffffff, acc, 2);
  acc += __shfl_down_sync(0xffffffff, acc, 1);
  if ((t & 31) == 0) atomicAdd(out + blockIdx.x, acc);
}
