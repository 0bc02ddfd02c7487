; RUN: opt -passes=annotate-local-loads -S %s | FileCheck %s
; RUN: opt -passes='function(annotate-local-loads)' -S %s \
; RUN:   | FileCheck %s

target triple = "amdgcn-amd-amdhsa"

; CHECK-LABEL: define amdgpu_kernel void @two_lds_loads(
; CHECK-SAME:    !kscout.local_loads ![[MD:[0-9]+]]
; CHECK: ![[MD]] = !{i32 2}
define amdgpu_kernel void @two_lds_loads(ptr addrspace(3) %lds, ptr addrspace(1) %out) {
  %a = load float, ptr addrspace(3) %lds, align 4
  %p = getelementptr float, ptr addrspace(3) %lds, i32 1
  %b = load float, ptr addrspace(3) %p, align 4
  %s = fadd float %a, %b
  store float %s, ptr addrspace(1) %out, align 4
  ret void
}

; Device functions are skipped.
; CHECK-LABEL: define void @helper(
; CHECK-NOT:     kscout.local_loads
define void @helper(ptr addrspace(3) %lds) {
  %v = load float, ptr addrspace(3) %lds, align 4
  ret void
}
