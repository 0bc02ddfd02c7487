// Folds `select(cond, x, x)` and `select(not(c), a, b)` in the arith dialect.
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

using namespace mlir;

namespace {
struct SelectSameOperands : public OpRewritePattern<arith::SelectOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(arith::SelectOp op, PatternRewriter& rewriter) const override {
    if (op.getTrueValue() != op.getFalseValue())
      return rewriter.notifyMatchFailure(op, "operands differ");
    rewriter.replaceOp(op, op.getTrueValue());
    return success();
  }
};

struct SelectOfNegatedCond : public OpRewritePattern<arith::SelectOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(arith::SelectOp op, PatternRewriter& rewriter) const override {
    // not(c) is spelled xori(c, true) for i1.
    auto xorOp = op.getCondition().getDefiningOp<arith::XOrIOp>();
    if (!xorOp || !matchPattern(xorOp.getRhs(), m_One()))
      return failure();
    rewriter.replaceOpWithNewOp<arith::SelectOp>(op, xorOp.getLhs(), op.getFalseValue(),
                                                 op.getTrueValue());
    return success();
  }
};

struct SimplifySelectPass : public PassWrapper<SimplifySelectPass, OperationPass<>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(SimplifySelectPass)
  StringRef getArgument() const final { return "simplify-select"; }

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<SelectSameOperands, SelectOfNegatedCond>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
