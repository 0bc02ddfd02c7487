// Fuses an elementwise consumer into its producer fusion when the producer has
// exactly one user, so the intermediate never materialises in HBM.
#include "xla/hlo/ir/hlo_computation.h"
#include "xla/hlo/ir/hlo_instruction.h"
#include "xla/service/hlo_pass_interface.h"

namespace xla::gpu {

class SingleUserEpilogueFusion : public HloModulePass {
 public:
  absl::string_view name() const override { return "single-user-epilogue-fusion"; }

  using HloPassInterface::Run;
  absl::StatusOr<bool> Run(HloModule* module,
                           const absl::flat_hash_set<absl::string_view>& threads) override;

 private:
  static FusionDecision ShouldFuse(const HloInstruction* producer,
                                   const HloInstruction* consumer) {
    if (producer->user_count() != 1) return FusionDecision::Forbid("producer has other users");
    if (!consumer->IsElementwise()) return FusionDecision::Forbid("consumer not elementwise");
    if (consumer->shape().dimensions() != producer->shape().dimensions())
      return FusionDecision::Forbid("shape mismatch would need a broadcast");
    return FusionDecision::Allow();
  }
};

absl::StatusOr<bool> SingleUserEpilogueFusion::Run(
    HloModule* module, const absl::flat_hash_set<absl::string_view>& threads) {
  bool changed = false;
  for (HloComputation* comp : module->MakeNonfusionComputations(threads)) {
    for (HloInstruction* consumer : comp->MakeInstructionPostOrder()) {
      if (consumer->operand_count() != 1) continue;
      HloInstruction* producer = consumer->mutable_operand(0);
      if (producer->opcode() != HloOpcode::kFusion) continue;
      if (!ShouldFuse(producer, consumer)) continue;
      producer->FuseInstruction(consumer);
      TF_RETURN_IF_ERROR(comp->ReplaceInstruction(consumer, producer));
      changed = true;
    }
  }
  return changed;
}

}  // namespace xla::gpu
