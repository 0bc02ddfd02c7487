// Register-blocked CuTe GEMM mainloop (no smem yet): block tile 128x128x8,
// each of the 256 threads owns an 8x8 patch of C.
#include <cute/tensor.hpp>
using namespace cute;

using TileShapeMNK = Shape<_128, _128, _8>;

template <class T>
__global__ void gemm_regblock(int M, int N, int K, T const* A, T const* B, T* C) {
  auto prob = make_shape(M, N, K);
  Tensor mA = make_tensor(make_gmem_ptr(A), select<0, 2>(prob), make_stride(Int<1>{}, M));
  Tensor mB = make_tensor(make_gmem_ptr(B), select<1, 2>(prob), make_stride(Int<1>{}, N));
  Tensor mC = make_tensor(make_gmem_ptr(C), select<0, 1>(prob), make_stride(Int<1>{}, M));

  auto cta_tiler = TileShapeMNK{};
  auto cta_coord = make_coord(blockIdx.x, blockIdx.y, _);
  Tensor gA = local_tile(mA, cta_tiler, cta_coord, Step<_1, X, _1>{});   // (128, 8, k)
  Tensor gB = local_tile(mB, cta_tiler, cta_coord, Step<X, _1, _1>{});   // (128, 8, k)
  Tensor gC = local_tile(mC, cta_tiler, cta_coord, Step<_1, _1, X>{});   // (128, 128)

  auto thr_layout = make_layout(make_shape(Int<16>{}, Int<16>{}));
  Tensor tCgA = local_partition(gA, thr_layout, threadIdx.x, Step<_1, X>{});
  Tensor tCgB = local_partition(gB, thr_layout, threadIdx.x, Step<X, _1>{});
  Tensor tCgC = local_partition(gC, thr_layout, threadIdx.x);

  Tensor tCrC = make_tensor_like(tCgC);
  clear(tCrC);
  for (int k = 0; k < size<2>(gA); ++k) {
    gemm(tCgA(_, _, k), tCgB(_, _, k), tCrC);
  }
  copy(tCrC, tCgC);
}
