#include <cuda_runtime.h>

// 1-D valid convolution, one output element per thread.
// TODO: tile the input window through __shared__ once correctness is settled.
__global__ void conv1d(const float* in, const float* w, float* out, int n, int taps) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= n - taps + 1) return;
  float acc = 0.0f;
  for (int k = 0; k < taps; ++k) {
    acc += in[i + k] * w[k];
  }
  out[i] = acc;
}

void run_conv1d(const float* in, const float* w, float* out, int n, int taps) {
  int threads = 256;
  int blocks = (n - taps + 1 + threads - 1) / threads;
  conv1d<<<blocks, threads>>>(in, w, out, n, taps);
}
