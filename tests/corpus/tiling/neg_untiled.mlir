// Reference input for the elementwise benchmarks; intentionally left untiled.
// TODO: tile this with scf.forall once the GPU mapping attributes land.
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @gelu(%x: tensor<4096x4096xf32>, %out: tensor<4096x4096xf32>) -> tensor<4096x4096xf32> {
  %half = arith.constant 0.5 : f32
  %one = arith.constant 1.0 : f32
  %inv_sqrt2 = arith.constant 0.70710678 : f32
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4096x4096xf32>) outs(%out : tensor<4096x4096xf32>) {
  ^bb0(%v: f32, %acc: f32):
    %s = arith.mulf %v, %inv_sqrt2 : f32
    %e = math.erf %s : f32
    %p = arith.addf %e, %one : f32
    %h = arith.mulf %v, %half : f32
    %g = arith.mulf %h, %p : f32
    linalg.yield %g : f32
  } -> tensor<4096x4096xf32>
  return %r : tensor<4096x4096xf32>
}
