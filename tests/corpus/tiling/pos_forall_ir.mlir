// Output of our workgroup tiling for a 1024x1024 elementwise add, kept as a
// golden example for the GPU mapping pass.
#map = affine_map<(d0) -> (d0 * 128)>
func.func @add_tiled(%a: tensor<1024x1024xf32>, %b: tensor<1024x1024xf32>,
                     %out: tensor<1024x1024xf32>) -> tensor<1024x1024xf32> {
  %r = scf.forall (%i, %j) in (8, 8) shared_outs(%o = %out) -> (tensor<1024x1024xf32>) {
    %oi = affine.apply #map(%i)
    %oj = affine.apply #map(%j)
    %ta = tensor.extract_slice %a[%oi, %oj] [128, 128] [1, 1]
        : tensor<1024x1024xf32> to tensor<128x128xf32>
    %tb = tensor.extract_slice %b[%oi, %oj] [128, 128] [1, 1]
        : tensor<1024x1024xf32> to tensor<128x128xf32>
    %to = tensor.extract_slice %o[%oi, %oj] [128, 128] [1, 1]
        : tensor<1024x1024xf32> to tensor<128x128xf32>
    %sum = linalg.add ins(%ta, %tb : tensor<128x128xf32>, tensor<128x128xf32>)
                      outs(%to : tensor<128x128xf32>) -> tensor<128x128xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %sum into %o[%oi, %oj] [128, 128] [1, 1]
          : tensor<128x128xf32> into tensor<1024x1024xf32>
    }
  } {mapping = [#gpu.block<y>, #gpu.block<x>]}
  return %r : tensor<1024x1024xf32>
}
