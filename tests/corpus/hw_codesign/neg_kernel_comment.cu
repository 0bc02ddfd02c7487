#include <cuda_runtime.h>

constexpr int TILE = 32;

// Out-of-place transpose. The tile is padded to TILE + 1 columns: without the
// padding, the column reads below are 32-way bank conflicts because the row
// stride is a multiple of 32 words.
__global__ void transpose(const float* __restrict__ in, float* __restrict__ out,
                          int rows, int cols) {
  __shared__ float tile[TILE][TILE + 1];
  int x = blockIdx.x * TILE + threadIdx.x;
  int y = blockIdx.y * TILE + threadIdx.y;
  if (x < cols && y < rows) tile[threadIdx.y][threadIdx.x] = in[y * cols + x];
  __syncthreads();

  // Swap block coordinates so the global store is coalesced as well.
  x = blockIdx.y * TILE + threadIdx.x;
  y = blockIdx.x * TILE + threadIdx.y;
  if (x < rows && y < cols) out[y * rows + x] = tile[threadIdx.x][threadIdx.y];
}
