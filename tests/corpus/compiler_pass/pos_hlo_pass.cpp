// Rewrites divide(x, constant c) into multiply(x, 1/c) for floating types when
// 1/c is exactly representable, so the GPU emits a multiply instead of a div.
#include <cmath>

#include "xla/hlo/ir/dfs_hlo_visitor_with_default.h"
#include "xla/hlo/ir/hlo_instruction.h"
#include "xla/literal_util.h"
#include "xla/service/hlo_pass_interface.h"

namespace xla {

class DivideByPowerOfTwoVisitor : public DfsHloRewriteVisitor {
 public:
  absl::Status HandleDivide(HloInstruction* div) override {
    HloInstruction* rhs = div->mutable_operand(1);
    if (!primitive_util::IsFloatingPointType(div->shape().element_type()) ||
        rhs->opcode() != HloOpcode::kConstant || !ShapeUtil::IsEffectiveScalar(rhs->shape()))
      return absl::OkStatus();
    double c = rhs->literal().GetAsDouble({}).value_or(0.0);
    int exp = 0;
    if (c == 0.0 || std::frexp(c, &exp) != 0.5) return absl::OkStatus();  // not 2^k
    HloInstruction* inv = div->AddInstruction(HloInstruction::CreateConstant(
        LiteralUtil::CreateR0<double>(1.0 / c).Convert(rhs->shape().element_type()).value()));
    HloInstruction* bcast = div->AddInstruction(
        HloInstruction::CreateBroadcast(div->shape(), inv, {}));
    return ReplaceWithNewInstruction(
        div, HloInstruction::CreateBinary(div->shape(), HloOpcode::kMultiply,
                                          div->mutable_operand(0), bcast));
  }
};

class DivideByPowerOfTwo : public HloModulePass {
 public:
  absl::string_view name() const override { return "divide-by-power-of-two"; }
  using HloPassInterface::Run;
  absl::StatusOr<bool> Run(HloModule* module,
                           const absl::flat_hash_set<absl::string_view>& threads) override {
    DivideByPowerOfTwoVisitor visitor;
    return visitor.RunOnModule(module, threads);
  }
};

}  // namespace xla
