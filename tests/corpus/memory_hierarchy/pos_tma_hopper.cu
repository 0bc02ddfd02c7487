// Hopper (sm_90a) tile loader: one elected thread issues a TMA copy of a
// 64x64 bf16 tile; the rest of the block waits on an mbarrier.
#include <cuda.h>
#include <cuda_bf16.h>
#include <cstdint>

CUtensorMap make_tile_map(void* gmem, uint64_t rows, uint64_t cols) {
  CUtensorMap map;
  cuuint64_t dims[2] = {cols, rows};
  cuuint64_t strides[1] = {cols * sizeof(__nv_bfloat16)};
  cuuint32_t box[2] = {64, 64};
  cuuint32_t elem_strides[2] = {1, 1};
  cuTensorMapEncodeTiled(&map, CU_TENSOR_MAP_DATA_TYPE_BFLOAT16, 2, gmem, dims, strides, box,
                         elem_strides, CU_TENSOR_MAP_INTERLEAVE_NONE,
                         CU_TENSOR_MAP_SWIZZLE_128B, CU_TENSOR_MAP_L2_PROMOTION_L2_128B,
                         CU_TENSOR_MAP_FLOAT_OOB_FILL_NONE);
  return map;
}

__device__ __forceinline__ void tma_load_2d(void* dst, const CUtensorMap* map, uint64_t* bar,
                                            int x, int y) {
  asm volatile(
      "cp.async.bulk.tensor.2d.shared::cluster.global.mbarrier::complete_tx::bytes"
      " [%0], [%1, {%3, %4}], [%2];"
      :: "r"((uint32_t)__cvta_generic_to_shared(dst)), "l"(map),
         "r"((uint32_t)__cvta_generic_to_shared(bar)), "r"(x), "r"(y)
      : "memory");
}

__global__ void copy_tile(const __grid_constant__ CUtensorMap map, __nv_bfloat16* out) {
  __shared__ alignas(128) __nv_bfloat16 tile[64 * 64];
  __shared__ alignas(8) uint64_t bar;
  const uint32_t bar_addr = (uint32_t)__cvta_generic_to_shared(&bar);

  if (threadIdx.x == 0) {
    asm volatile("mbarrier.init.shared.b64 [%0], 1;" :: "r"(bar_addr));
    asm volatile("mbarrier.arrive.expect_tx.shared.b64 _, [%0], %1;"
                 :: "r"(bar_addr), "r"(64 * 64 * 2));
    tma_load_2d(tile, &map, &bar, blockIdx.x * 64, blockIdx.y * 64);
  }
  __syncthreads();
  asm volatile(
      "{ .reg .pred p; WAIT: mbarrier.try_wait.parity.shared.b64 p, [%0], 0;"
      " @!p bra WAIT; }" :: "r"(bar_addr));

  for (int i = threadIdx.x; i < 64 * 64; i += blockDim.x)
    out[(blockIdx.y * 64 + i / 64) * gridDim.x * 64 + blockIdx.x * 64 + i % 64] = tile[i];
}
