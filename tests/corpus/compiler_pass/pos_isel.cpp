// Custom lowering of ISD::FMINIMUM / FMAXIMUM for targets without native
// NaN-propagating min/max: select the NaN explicitly, then use fminnum.
#include "llvm/CodeGen/SelectionDAG.h"
#include "llvm/CodeGen/TargetLowering.h"

using namespace llvm;

SDValue ToyGPUTargetLowering::lowerFMinMaximum(SDValue Op, SelectionDAG& DAG) const {
  SDLoc DL(Op);
  EVT VT = Op.getValueType();
  SDValue A = Op.getOperand(0), B = Op.getOperand(1);
  unsigned NumOpc = Op.getOpcode() == ISD::FMINIMUM ? ISD::FMINNUM : ISD::FMAXNUM;
  SDValue MinMax = DAG.getNode(NumOpc, DL, VT, A, B);
  SDValue IsNaN = DAG.getSetCC(DL, getSetCCResultType(DAG.getDataLayout(), *DAG.getContext(), VT),
                               A, B, ISD::SETUO);
  SDValue QNaN = DAG.getConstantFP(APFloat::getQNaN(VT.getFltSemantics()), DL, VT);
  return DAG.getSelect(DL, VT, IsNaN, QNaN, MinMax);
}

SDValue ToyGPUTargetLowering::LowerOperation(SDValue Op, SelectionDAG& DAG) const {
  switch (Op.getOpcode()) {
  case ISD::FMINIMUM:
  case ISD::FMAXIMUM:
    return lowerFMinMaximum(Op, DAG);
  default:
    return TargetLowering::LowerOperation(Op, DAG);
  }
}
