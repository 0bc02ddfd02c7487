// Elementwise producer/consumer fusion on linalg.generic, restricted to
// producers with a single use so no work is duplicated.
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

using namespace mlir;

namespace {
struct FuseSingleUseElementwisePass
    : public PassWrapper<FuseSingleUseElementwisePass, OperationPass<>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(FuseSingleUseElementwisePass)

  StringRef getArgument() const final { return "fuse-single-use-elementwise"; }

  void runOnOperation() override {
    MLIRContext* ctx = &getContext();
    linalg::ControlFusionFn onlySingleUse = [](OpOperand* fusedOperand) {
      Operation* producer = fusedOperand->get().getDefiningOp();
      return producer && producer->hasOneUse();
    };
    RewritePatternSet patterns(ctx);
    linalg::populateElementwiseOpsFusionPatterns(patterns, onlySingleUse);
    linalg::populateFoldReshapeOpsByExpansionPatterns(patterns, onlySingleUse);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace

std::unique_ptr<Pass> createFuseSingleUseElementwisePass() {
  return std::make_unique<FuseSingleUseElementwisePass>();
}
