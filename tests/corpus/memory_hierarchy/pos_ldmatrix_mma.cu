// Warp-level fp16 fragment loads for an m16n8k16 tensor-core MMA.
#include <cuda_fp16.h>
#include <cstdint>

__device__ __forceinline__ uint32_t smem_u32(const void* p) {
  return static_cast<uint32_t>(__cvta_generic_to_shared(p));
}

// Loads a 16x16 A fragment: each of the four 8x8 sub-matrices comes from the
// row addresses supplied by lanes 0-7, 8-15, 16-23 and 24-31.
__device__ __forceinline__ void load_a_frag(uint32_t (&a)[4], const half* tile, int ld) {
  const int lane = threadIdx.x & 31;
  const half* p = tile + (lane % 16) * ld + (lane / 16) * 8;
  asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0,%1,%2,%3}, [%4];\n"
               : "=r"(a[0]), "=r"(a[1]), "=r"(a[2]), "=r"(a[3])
               : "r"(smem_u32(p)));
}

// B is stored k-major in smem, so the transposing variant gives the col layout.
__device__ __forceinline__ void load_b_frag(uint32_t (&b)[2], const half* tile, int ld) {
  const int lane = threadIdx.x & 31;
  const half* p = tile + (lane % 16) * ld;
  asm volatile("ldmatrix.sync.aligned.m8n8.x2.trans.shared.b16 {%0,%1}, [%2];\n"
               : "=r"(b[0]), "=r"(b[1])
               : "r"(smem_u32(p)));
}

__global__ void hmma_tile(const half* __restrict__ A, const half* __restrict__ B,
                          float* __restrict__ C) {
  extern __shared__ half smem[];
  half* sA = smem;
  half* sB = smem + 16 * 24;   // rows padded from 16 to 24 halves

  for (int i = threadIdx.x; i < 16 * 16; i += 32) {
    sA[(i / 16) * 24 + i % 16] = A[i];
    sB[(i / 16) * 24 + i % 16] = B[i];
  }
  __syncthreads();

  uint32_t a[4], b[2];
  float d[4] = {0.f, 0.f, 0.f, 0.f};
  load_a_frag(a, sA, 24);
  load_b_frag(b, sB, 24);
  asm volatile(
      "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 "
      "{%0,%1,%2,%3}, {%4,%5,%6,%7}, {%8,%9}, {%0,%1,%2,%3};\n"
      : "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3])
      : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "r"(b[0]), "r"(b[1]));

  const int lane = threadIdx.x & 31;
  float* c = C + (lane / 4) * 8 + (lane % 4) * 2;
  c[0] = d[0]; c[1] = d[1]; c[64] = d[2]; c[65] = d[3];
}
