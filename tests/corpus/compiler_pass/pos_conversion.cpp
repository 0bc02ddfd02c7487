// Lowers toy.relu to arith.maximumf against a zero splat.
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Transforms/DialectConversion.h"
#include "toy/ToyOps.h"

using namespace mlir;

namespace {
class ReluLowering : public OpConversionPattern<toy::ReluOp> {
 public:
  using OpConversionPattern::OpConversionPattern;

  LogicalResult matchAndRewrite(toy::ReluOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter& rewriter) const override {
    auto type = cast<ShapedType>(adaptor.getInput().getType());
    auto elemTy = dyn_cast<FloatType>(type.getElementType());
    if (!elemTy) return rewriter.notifyMatchFailure(op, "only float relu is supported");
    Value zero = rewriter.create<arith::ConstantOp>(
        op.getLoc(), DenseElementsAttr::get(type, rewriter.getFloatAttr(elemTy, 0.0)));
    rewriter.replaceOpWithNewOp<arith::MaximumFOp>(op, adaptor.getInput(), zero);
    return success();
  }
};
} // namespace

LogicalResult lowerToyActivations(Operation* root) {
  MLIRContext* ctx = root->getContext();
  ConversionTarget target(*ctx);
  target.addLegalDialect<arith::ArithDialect>();
  target.addIllegalOp<toy::ReluOp>();

  RewritePatternSet patterns(ctx);
  patterns.add<ReluLowering>(ctx);
  return applyPartialConversion(root, target, std::move(patterns));
}
