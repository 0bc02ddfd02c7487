// Tiled SGEMM: C = A * B, row-major, one 32x32 output tile per block.
#include <cuda_runtime.h>

#define TILE 32

__global__ void sgemm_tiled(const float* __restrict__ A, const float* __restrict__ B,
                            float* __restrict__ C, int M, int N, int K) {
  // Each tile of A and B is read from global memory once per block and then
  // reused TILE times out of shared memory. The +1 column of padding keeps the
  // column-wise reads of Bs free of bank conflicts.
  __shared__ float As[TILE][TILE];
  __shared__ float Bs[TILE][TILE + 1];

  const int tx = threadIdx.x, ty = threadIdx.y;
  const int row = blockIdx.y * TILE + ty;
  const int col = blockIdx.x * TILE + tx;
  float acc = 0.f;

  for (int k0 = 0; k0 < K; k0 += TILE) {
    // Consecutive tx touch consecutive addresses, so both loads are coalesced.
    As[ty][tx] = (row < M && k0 + tx < K) ? A[row * K + k0 + tx] : 0.f;
    Bs[ty][tx] = (k0 + ty < K && col < N) ? B[(k0 + ty) * N + col] : 0.f;
    __syncthreads();

#pragma unroll
    for (int k = 0; k < TILE; ++k)
      acc += As[ty][k] * Bs[k][tx];
    __syncthreads();
  }

  if (row < M && col < N) C[row * N + col] = acc;
}

void launch_sgemm(const float* A, const float* B, float* C, int M, int N, int K,
                  cudaStream_t stream) {
  dim3 block(TILE, TILE);
  dim3 grid((N + TILE - 1) / TILE, (M + TILE - 1) / TILE);
  sgemm_tiled<<<grid, block, 0, stream>>>(A, B, C, M, N, K);
}
