// CuTe: stage a 128x32 tile of A through shared memory with a tiled copy.
#include <cute/tensor.hpp>
using namespace cute;

template <class TA>
__global__ void stage_a(TA const* A, TA* out, int M, int K) {
  using SmemLayoutA = decltype(make_layout(make_shape(Int<128>{}, Int<32>{}), LayoutRight{}));
  __shared__ TA smem_a[cosize_v<SmemLayoutA>];

  Tensor mA = make_tensor(make_gmem_ptr(A), make_shape(M, K), make_stride(K, Int<1>{}));
  Tensor gA = local_tile(mA, make_shape(Int<128>{}, Int<32>{}), make_coord(blockIdx.x, _));
  Tensor sA = make_tensor(make_smem_ptr(smem_a), SmemLayoutA{});

  // 128 threads, each moving one 128-bit vector (8 halves) per copy step.
  auto copy_a = make_tiled_copy(Copy_Atom<UniversalCopy<uint128_t>, TA>{},
                                Layout<Shape<_32, _4>, Stride<_4, _1>>{},
                                Layout<Shape<_1, _8>>{});
  auto thr = copy_a.get_slice(threadIdx.x);
  Tensor tAgA = thr.partition_S(gA);
  Tensor tAsA = thr.partition_D(sA);

  const int k_tiles = size<2>(gA);
  for (int kt = 0; kt < k_tiles; ++kt) {
    copy(copy_a, tAgA(_, _, _, kt), tAsA);
    __syncthreads();
    Tensor gOut = local_tile(make_tensor(make_gmem_ptr(out), make_shape(M, K),
                                         make_stride(K, Int<1>{})),
                             make_shape(Int<128>{}, Int<32>{}), make_coord(blockIdx.x, kt));
    for (int i = threadIdx.x; i < size(sA); i += blockDim.x) gOut(i) = sA(i);
    __syncthreads();
  }
}
