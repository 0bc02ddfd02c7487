// Tiles every linalg op tagged "__tile_me__" into an scf.forall over
// workgroups, using the TilingInterface driver.
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Interfaces/TilingInterface.h"
#include "mlir/Pass/Pass.h"

using namespace mlir;

namespace {
struct TileToWorkgroupsPass
    : public PassWrapper<TileToWorkgroupsPass, OperationPass<func::FuncOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TileToWorkgroupsPass)

  StringRef getArgument() const final { return "tile-to-workgroups"; }

  void runOnOperation() override {
    SmallVector<TilingInterface> targets;
    getOperation().walk([&](TilingInterface op) {
      if (op->hasAttr("__tile_me__")) targets.push_back(op);
    });

    IRRewriter rewriter(&getContext());
    scf::SCFTilingOptions options;
    options.setTileSizes(getAsIndexOpFoldResult(&getContext(), {64, 64}));
    options.setLoopType(scf::SCFTilingOptions::LoopType::ForallOp);
    options.setMapping({gpu::GPUBlockMappingAttr::get(&getContext(), gpu::MappingId::DimY),
                        gpu::GPUBlockMappingAttr::get(&getContext(), gpu::MappingId::DimX)});

    for (TilingInterface op : targets) {
      rewriter.setInsertionPoint(op);
      FailureOr<scf::SCFTilingResult> tiled = scf::tileUsingSCF(rewriter, op, options);
      if (failed(tiled)) {
        op->emitOpError("failed to tile to scf.forall");
        return signalPassFailure();
      }
      auto forall = cast<scf::ForallOp>(tiled->loops.front());
      forall->setAttr("__tiled__", rewriter.getUnitAttr());
      rewriter.replaceOp(op, tiled->replacements);
    }
  }
};
} // namespace
