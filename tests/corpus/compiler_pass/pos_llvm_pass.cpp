// Counts address-space-3 (shared/LDS) loads per kernel and attaches the number
// as metadata, for the occupancy estimator that runs later in the pipeline.
#include "llvm/IR/Function.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Pass.h"

using namespace llvm;

static unsigned annotateLocalLoads(Function& F) {
  unsigned n = 0;
  for (Instruction& I : instructions(F))
    if (auto* LI = dyn_cast<LoadInst>(&I); LI && LI->getPointerAddressSpace() == 3) ++n;
  MDBuilder MDB(F.getContext());
  F.setMetadata("kscout.local_loads",
                MDNode::get(F.getContext(), MDB.createConstant(ConstantInt::get(
                                                Type::getInt32Ty(F.getContext()), n))));
  return n;
}

struct AnnotateLocalLoadsPass : PassInfoMixin<AnnotateLocalLoadsPass> {
  PreservedAnalyses run(Function& F, FunctionAnalysisManager&) {
    if (F.getCallingConv() != CallingConv::AMDGPU_KERNEL &&
        F.getCallingConv() != CallingConv::PTX_Kernel)
      return PreservedAnalyses::all();
    annotateLocalLoads(F);
    PreservedAnalyses PA;
    PA.preserveSet<CFGAnalyses>();
    return PA;
  }
};

// Legacy wrapper kept for the out-of-tree driver that still uses the old PM.
struct AnnotateLocalLoadsLegacy : public FunctionPass {
  static char ID;
  AnnotateLocalLoadsLegacy() : FunctionPass(ID) {}
  bool runOnFunction(Function& F) override {
    annotateLocalLoads(F);
    return true;
  }
};
char AnnotateLocalLoadsLegacy::ID = 0;
