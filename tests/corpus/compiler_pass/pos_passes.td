#ifndef TOYGPU_PASSES
#define TOYGPU_PASSES

include "mlir/Pass/PassBase.td"
include "mlir/IR/OpBase.td"

def ToyGPU_Dialect : Dialect {
  let name = "toygpu";
  let cppNamespace = "::mlir::toygpu";
}

def ToyGPU_AsyncCopyOp : Op<ToyGPU_Dialect, "async_copy", [MemoryEffects<[MemWrite]>]> {
  let summary = "copy a tile from global to workgroup memory asynchronously";
  let arguments = (ins AnyMemRef:$src, AnyMemRef:$dst, Variadic<Index>:$indices);
  let results = (outs ToyGPU_TokenType:$token);
  let assemblyFormat = "$src `[` $indices `]` `->` $dst attr-dict `:` type($src) `,` type($dst)";
}

def ToyGPUPipelineCopies : Pass<"toygpu-pipeline-copies", "func::FuncOp"> {
  let summary = "Multi-buffer async copies and rotate them ahead of their uses";
  let description = [{
    Turns each toygpu.async_copy inside an scf.for into a ring of `num-stages`
    buffers and issues copy i + num-stages - 1 before the compute of step i.
  }];
  let dependentDialects = ["scf::SCFDialect", "memref::MemRefDialect"];
  let options = [
    Option<"numStages", "num-stages", "unsigned", /*default=*/"3",
           "Number of buffers in each copy ring">
  ];
}

def ToyGPU_ExtFOp : Op<ToyGPU_Dialect, "extf", [Pure]> {
  let arguments = (ins AnyFloat:$in);
  let results = (outs AnyFloat:$out);
}

// extf(extf(x)) -> extf(x): widening twice is the same as widening once.
def : Pat<(ToyGPU_ExtFOp (ToyGPU_ExtFOp $x)), (ToyGPU_ExtFOp $x)>;

#endif // TOYGPU_PASSES
