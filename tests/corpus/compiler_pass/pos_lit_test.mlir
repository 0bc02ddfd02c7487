// RUN: toy-opt %s --simplify-select --split-input-file | FileCheck %s
// RUN: toy-opt %s --simplify-select --simplify-select --split-input-file \
// RUN:   | FileCheck %s --check-prefix=IDEMPOTENT

// CHECK-LABEL: func.func @same_operands
// CHECK-SAME:    (%[[C:.*]]: i1, %[[X:.*]]: f32)
// CHECK-NEXT:    return %[[X]] : f32
func.func @same_operands(%c: i1, %x: f32) -> f32 {
  %r = arith.select %c, %x, %x : f32
  return %r : f32
}

// -----

// CHECK-LABEL: func.func @negated_condition
// CHECK:         %[[R:.*]] = arith.select %{{.*}}, %{{.*}}, %{{.*}} : f32
// CHECK-NOT:     arith.xori
// IDEMPOTENT-LABEL: func.func @negated_condition
// IDEMPOTENT-NOT:   arith.xori
func.func @negated_condition(%c: i1, %a: f32, %b: f32) -> f32 {
  %true = arith.constant true
  %nc = arith.xori %c, %true : i1
  %r = arith.select %nc, %a, %b : f32
  return %r : f32
}

// -----

// Vector conditions are out of scope: nothing changes.
// CHECK-LABEL: func.func @vector_condition_untouched
// CHECK:         arith.xori
func.func @vector_condition_untouched(%c: vector<4xi1>, %a: vector<4xf32>,
                                      %b: vector<4xf32>) -> vector<4xf32> {
  %t = arith.constant dense<true> : vector<4xi1>
  %nc = arith.xori %c, %t : vector<4xi1>
  %r = arith.select %nc, %a, %b : vector<4xi1>, vector<4xf32>
  return %r : vector<4xf32>
}
