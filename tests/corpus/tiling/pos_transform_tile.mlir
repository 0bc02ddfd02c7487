// RUN: mlir-opt %s --transform-interpreter --split-input-file \
// RUN:   --canonicalize | FileCheck %s

// Tile the matmul onto a 2-D grid of workgroups, then pull the fill into
// the same loop nest as its consumer.
func.func @matmul_fill(%A: tensor<256x512xf32>, %B: tensor<512x128xf32>) -> tensor<256x128xf32> {
  %cst = arith.constant 0.0 : f32
  %init = tensor.empty() : tensor<256x128xf32>
  %fill = linalg.fill ins(%cst : f32) outs(%init : tensor<256x128xf32>) -> tensor<256x128xf32>
  %mm = linalg.matmul ins(%A, %B : tensor<256x512xf32>, tensor<512x128xf32>)
                      outs(%fill : tensor<256x128xf32>) -> tensor<256x128xf32>
  return %mm : tensor<256x128xf32>
}

module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %mm = transform.structured.match ops{["linalg.matmul"]} in %root
      : (!transform.any_op) -> !transform.any_op
    %fill = transform.structured.match ops{["linalg.fill"]} in %root
      : (!transform.any_op) -> !transform.any_op
    %tiled, %forall = transform.structured.tile_using_forall %mm tile_sizes [64, 32]
        (mapping = [#gpu.block<y>, #gpu.block<x>])
      : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %fused, %new_forall = transform.structured.fuse_into_containing_op %fill into %forall
      : (!transform.any_op, !transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// CHECK-LABEL: func.func @matmul_fill
// CHECK:         scf.forall (%[[I:.*]], %[[J:.*]]) in (4, 4)
// CHECK:           linalg.fill {{.*}} -> tensor<64x32xf32>
// CHECK:           linalg.matmul {{.*}} -> tensor<64x32xf32>
// CHECK:         } {mapping = [#gpu.block<y>, #gpu.block<x>]}
