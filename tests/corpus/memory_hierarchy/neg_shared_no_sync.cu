#include <cuda_runtime.h>

// Per-block histogram of byte values. Every thread bumps a counter in a
// block-local table with atomics and the table is flushed at the end.
__global__ void byte_histogram(const unsigned char* data, unsigned int* bins, int n) {
  __shared__ unsigned int local[256];
  for (int b = threadIdx.x; b < 256; b += blockDim.x) local[b] = 0;

  for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x)
    atomicAdd(&local[data[i]], 1u);

  for (int b = threadIdx.x; b < 256; b += blockDim.x)
    if (local[b]) atomicAdd(&bins[b], local[b]);
}

void histogram(const unsigned char* data, unsigned int* bins, int n, cudaStream_t s) {
  byte_histogram<<<120, 256, 0, s>>>(data, bins, n);
}
