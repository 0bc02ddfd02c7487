// SPDX-License-Identifier: MIT
// Our syntax definitions (CUDA, Triton, MLIR, TableGen, PTX): each named
// construct gets its format, the host language's comments and strings keep
// theirs, and files map to the right definition.
#include "scoring/syntaxrepository.h"
#include "support/qtprinters.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <QFile>
#include <QList>
#include <QStringList>
#include <QTest>
#include <QThread>
#include <catch2/catch_test_macros.hpp>
#include <memory>
#include <utility>

using ks::scoring::definitionFor;
using ks::scoring::languageFor;
using ks::scoring::syntaxRepository;
using KSyntaxHighlighting::Format;
using KSyntaxHighlighting::Theme;

namespace {

// Highlights a snippet line by line, carrying the State across lines, and
// keeps the Format of every character.
class Highlighted final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    Highlighted(const QString &language, const QString &text)
    {
        const auto definition = syntaxRepository().definitionForName(language);
        REQUIRE(definition.isValid());
        setDefinition(definition);
        m_lines = text.split(QLatin1Char('\n'));
        KSyntaxHighlighting::State state;
        for (const QString &line : std::as_const(m_lines)) {
            m_current = QList<Format>(line.size());
            state = highlightLine(line, state);
            m_formats.append(m_current);
        }
    }

    Format at(int line, int column) const
    {
        REQUIRE(line < m_formats.size());
        REQUIRE(column < m_formats.at(line).size());
        return m_formats.at(line).at(column);
    }

    // The format of the first character of the nth (0-based) occurrence of
    // needle. Also checks that the whole needle shares that one format.
    Format of(const QString &needle, int nth = 0) const
    {
        const auto [line, column] = find(needle, nth);
        const Format first = at(line, column);
        for (int i = 0; i < needle.size(); ++i) {
            INFO("in " << needle << " at " << i);
            CHECK(at(line, column + i).name() == first.name());
        }
        return first;
    }

    // The format of needle's character at offset, in its nth occurrence.
    Format charOf(const QString &needle, int offset, int nth = 0) const
    {
        const auto [line, column] = find(needle, nth);
        return at(line, column + offset);
    }

    QStringList errorFormatsAt() const
    {
        QStringList errors;
        for (int line = 0; line < m_formats.size(); ++line) {
            for (int column = 0; column < m_formats.at(line).size(); ++column) {
                if (m_formats.at(line).at(column).textStyle() == Theme::Error)
                    errors << QStringLiteral("%1:%2").arg(line + 1).arg(column + 1);
            }
        }
        return errors;
    }

protected:
    void applyFormat(int offset, int length, const Format &format) override
    {
        for (int i = offset; i < offset + length && i < m_current.size(); ++i)
            m_current[i] = format;
    }

private:
    std::pair<int, int> find(const QString &needle, int nth) const
    {
        for (int line = 0; line < m_lines.size(); ++line) {
            for (qsizetype column = m_lines.at(line).indexOf(needle); column >= 0; column = m_lines.at(line).indexOf(needle, column + 1)) {
                if (nth-- == 0)
                    return { line, int(column) };
            }
        }
        FAIL("not in the snippet: " << needle);
        return {};
    }

    QStringList m_lines;
    QList<QList<Format>> m_formats;
    QList<Format> m_current;
};

bool isCommentFamily(Theme::TextStyle style)
{
    return style == Theme::Comment || style == Theme::Documentation || style == Theme::Annotation || style == Theme::CommentVar
        || style == Theme::Alert;
}

const QString cudaSample = QStringLiteral(R"(#include <cuda_runtime.h>
// a comment
__global__ void scale(const float4 *__restrict__ in, float *out, int n)
{
    __shared__ float tile[256];
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    tile[threadIdx.x] = __ldg(&in[i].x);
    __syncthreads();
    float v = __shfl_down_sync(0xffffffffu, tile[i], 16);
    if (i < n)
        atomicAdd(out, v);
    printf("done %d\n", i);
}
void launch(cudaStream_t s) { scale<<<dim3(4), 256, 0, s>>>(nullptr, nullptr, 0); }
)");

const QString tritonSample = QStringLiteral(R"(import triton
import triton.language as tl


@triton.autotune(configs=[triton.Config({'BLOCK': 128}, num_warps=4)], key=['n'])
@triton.jit
def add_kernel(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    """Adds two vectors."""
    # a hash comment
    pid = tl.program_id(axis=0)
    offs = pid * BLOCK + tl.arange(0, BLOCK)
    x = tl.load(x_ptr + offs, mask=offs < n, other=0.0)
    tl.store(y_ptr + offs, x.to(tl.float32), mask=offs < n)
    label = "a string"
    for i in range(2):
        pass
)");

const QString mlirSample = QStringLiteral(R"(// RUN: mlir-opt %s -split-input-file | FileCheck %s
// note: a plain comment
#map = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @matmul(
// CHECK-SAME:    %[[A:.*]]: tensor<4x8xf32>
func.func @matmul(%arg0: tensor<4x8xf32>, %arg1: memref<?x8xbf16>) -> tensor<4x8xf32> {
  %c0 = arith.constant 0 : index
  %cst = arith.constant 1.5e+00 : f32
  %0:2 = "test.op"(%arg0) {name = "x"} : (tensor<4x8xf32>) -> (i32, !llvm.ptr)
  %1 = linalg.matmul ins(%arg0, %arg0 : tensor<4x8xf32>, tensor<4x8xf32>) outs(%0#1 : tensor<4x8xf32>) -> tensor<4x8xf32>
  scf.forall (%i) in (4) {
  ^bb0(%a: i32):
    cf.br ^bb1
  }
  // expected-error @+1 {{requires}}
  return %1 : tensor<4x8xf32>
}
)");

const QString tablegenSample = QStringLiteral(R"(// Ops.td
include "mlir/IR/OpBase.td"
/* block /* nested */ comment */
class Toy_Op<string mnemonic, list<Trait> traits = []> : Op<Toy_Dialect, mnemonic, traits>;
def AddOp : Toy_Op<"add", [Pure]> {
  let summary = "element-wise addition";
  let description = [{
    Adds $lhs and $rhs; doesn't broadcast.
  }];
  let arguments = (ins F64Tensor:$lhs, F64Tensor:$rhs);
  bits<4> Opcode = 0b1010;
  int Size = !cast<int>(!strconcat("1", "2"));
}
foreach i = 0...3 in { if !eq(i, 2) then { def R#i : Reg; } }
)");

const QString ptxSample = QStringLiteral(R"(// Generated by NVIDIA NVVM Compiler
.version 8.0
.target sm_80
.address_size 64

.visible .entry _Z6kernelPf(
	.param .u64 _Z6kernelPf_param_0
)
{
	.reg .pred 	%p<3>;
	.reg .f32 	%f<9>;
	.reg .b64 	%rd<4>;

	ld.param.u64 	%rd1, [_Z6kernelPf_param_0];
	mov.u32 	%r1, %tid.x;
	setp.lt.s32 	%p1, %r1, 32;
	@%p1 bra 	$L__BB0_2;
	ld.global.v4.f32 	{%f1, %f2, %f3, %f4}, [%rd1+16];
	cp.async.ca.shared.global [%r3], [%rd2], 16;
	mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%f1,%f2,%f3,%f4}, {%r1,%r2},
		{%r3}, {%f5,%f6,%f7,%f8};
	add.f32 	%f2, %f1, 0f3F800000; /* one */
$L__BB0_2:
	bar.sync 	0;
	ret;
}
)");

} // namespace

TEST_CASE("our definitions load from the resource without errors")
{
    struct Sample
    {
        QString language;
        QString file;
        const QString &text;
    };
    const Sample samples[] = {
        { QStringLiteral("CUDA"), QStringLiteral("cuda.xml"), cudaSample },
        { QStringLiteral("Triton"), QStringLiteral("triton.xml"), tritonSample },
        { QStringLiteral("MLIR"), QStringLiteral("mlir.xml"), mlirSample },
        { QStringLiteral("TableGen"), QStringLiteral("tablegen.xml"), tablegenSample },
        { QStringLiteral("PTX"), QStringLiteral("ptx.xml"), ptxSample },
    };

    // Loading problems (unknown contexts, attributes, bad regexps) are only
    // ever logged, so listen while a fresh repository loads everything.
    static QStringList warnings;
    warnings.clear();
    const auto previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        const auto category = QLatin1StringView(context.category);
        if (type != QtDebugMsg && type != QtInfoMsg && category.startsWith(QLatin1StringView("kf.syntaxhighlighting")))
            warnings << message;
    });
    {
        KSyntaxHighlighting::Repository repository;
        ks::scoring::addKernelScoutDefinitions(repository);
        for (const auto &sample : samples) {
            const auto definition = repository.definitionForName(sample.language);
            INFO(sample.language.toStdString());
            REQUIRE(definition.isValid());
            CHECK(definition.filePath() == QLatin1String(":/kernelscout/syntax/") + sample.file);
            CHECK(!definition.formats().isEmpty()); // forces the full load
            for (const auto &included : definition.includedDefinitions())
                CHECK(!included.formats().isEmpty());
        }
    }
    qInstallMessageHandler(previous);
    CHECK(warnings == QStringList());

    for (const auto &sample : samples) {
        INFO(sample.language.toStdString());
        CHECK(QFile::exists(QLatin1String(":/kernelscout/syntax/") + sample.file));
        const Highlighted highlighted(sample.language, sample.text);
        CHECK(highlighted.errorFormatsAt() == QStringList());
    }
}

TEST_CASE("CUDA: qualifiers, built-ins, intrinsics and launches on top of C++")
{
    const Highlighted h(QStringLiteral("CUDA"), cudaSample);

    CHECK(h.of(QStringLiteral("__global__")).name() == QLatin1String("CUDA Qualifier"));
    CHECK(h.of(QStringLiteral("__shared__")).name() == QLatin1String("CUDA Qualifier"));
    CHECK(h.of(QStringLiteral("__shared__")).textStyle() == Theme::Attribute);
    CHECK(h.of(QStringLiteral("__restrict__")).name() == QLatin1String("CUDA Qualifier"));
    CHECK(h.of(QStringLiteral("threadIdx")).name() == QLatin1String("CUDA Builtin Variable"));
    CHECK(h.of(QStringLiteral("threadIdx")).textStyle() == Theme::Variable);
    CHECK(h.of(QStringLiteral("blockDim")).name() == QLatin1String("CUDA Builtin Variable"));
    CHECK(h.of(QStringLiteral("__syncthreads")).name() == QLatin1String("CUDA Intrinsic"));
    CHECK(h.of(QStringLiteral("__syncthreads")).textStyle() == Theme::BuiltIn);
    CHECK(h.of(QStringLiteral("__shfl_down_sync")).name() == QLatin1String("CUDA Intrinsic"));
    CHECK(h.of(QStringLiteral("atomicAdd")).name() == QLatin1String("CUDA Intrinsic"));
    CHECK(h.of(QStringLiteral("float4")).name() == QLatin1String("CUDA Type"));
    CHECK(h.of(QStringLiteral("float4")).textStyle() == Theme::DataType);
    CHECK(h.of(QStringLiteral("cudaStream_t")).name() == QLatin1String("CUDA Type"));
    CHECK(h.of(QStringLiteral("<<<")).name() == QLatin1String("Kernel Launch"));
    CHECK(h.of(QStringLiteral(">>>")).name() == QLatin1String("Kernel Launch"));
    CHECK(h.of(QStringLiteral("<<<")).textStyle() == Theme::Operator);

    // The rest is C++.
    CHECK(h.of(QStringLiteral("// a comment")).textStyle() == Theme::Comment);
    CHECK(h.of(QStringLiteral("\"done ")).textStyle() == Theme::String);
    CHECK(h.of(QStringLiteral("#include")).textStyle() == Theme::Preprocessor);
    CHECK(h.of(QStringLiteral("if")).textStyle() == Theme::ControlFlow);
    CHECK(h.of(QStringLiteral("void")).textStyle() == Theme::DataType);
    CHECK(h.of(QStringLiteral("256")).textStyle() == Theme::DecVal);
}

TEST_CASE("Triton: tl.* calls, decorators and constexpr on top of Python")
{
    const Highlighted h(QStringLiteral("Triton"), tritonSample);

    CHECK(h.of(QStringLiteral("@triton.jit")).name() == QLatin1String("Triton Decorator"));
    CHECK(h.of(QStringLiteral("@triton.jit")).textStyle() == Theme::Attribute);
    CHECK(h.of(QStringLiteral("@triton.autotune")).name() == QLatin1String("Triton Decorator"));
    CHECK(h.of(QStringLiteral("triton.Config")).name() == QLatin1String("Triton API"));
    CHECK(h.of(QStringLiteral("tl.constexpr")).name() == QLatin1String("Triton Constexpr"));
    CHECK(h.of(QStringLiteral("tl.constexpr")).textStyle() == Theme::DataType);
    // Inside brackets, too: Python's own bracket contexts would lose these.
    CHECK(h.of(QStringLiteral("tl.load")).name() == QLatin1String("Triton Language"));
    CHECK(h.of(QStringLiteral("tl.load")).textStyle() == Theme::Function);
    CHECK(h.of(QStringLiteral("tl.program_id")).name() == QLatin1String("Triton Language"));
    CHECK(h.of(QStringLiteral("tl.arange")).name() == QLatin1String("Triton Language"));
    CHECK(h.of(QStringLiteral("tl.store")).name() == QLatin1String("Triton Language"));
    CHECK(h.of(QStringLiteral("tl.float32")).name() == QLatin1String("Triton Type"));

    // The rest is Python. KSyntaxHighlighting's Python styles a string that
    // starts a statement (a docstring) as a comment, "Comment"; other strings
    // are "String".
    CHECK(h.of(QStringLiteral("\"\"\"Adds")).textStyle() == Theme::Comment);
    CHECK(h.of(QStringLiteral("# a hash")).textStyle() == Theme::Comment);
    CHECK(h.of(QStringLiteral("\"a string\"")).textStyle() == Theme::String);
    CHECK(h.of(QStringLiteral("'BLOCK'")).textStyle() == Theme::String);
    CHECK(h.of(QStringLiteral("def")).textStyle() == Theme::Keyword);
    CHECK(h.of(QStringLiteral("import")).textStyle() == Theme::Import);
    CHECK(h.of(QStringLiteral("for")).textStyle() == Theme::ControlFlow);
    CHECK(h.charOf(QStringLiteral(" range("), 1).textStyle() == Theme::BuiltIn);
}

TEST_CASE("MLIR: operations, values, types and lit directives")
{
    const Highlighted h(QStringLiteral("MLIR"), mlirSample);

    CHECK(h.of(QStringLiteral("linalg.matmul")).name() == QLatin1String("Operation"));
    CHECK(h.of(QStringLiteral("linalg.matmul")).textStyle() == Theme::Function);
    CHECK(h.of(QStringLiteral("scf.forall")).name() == QLatin1String("Operation"));
    CHECK(h.of(QStringLiteral("arith.constant")).name() == QLatin1String("Operation"));
    CHECK(h.of(QStringLiteral("\"test.op\"")).name() == QLatin1String("Operation"));
    CHECK(h.of(QStringLiteral("%arg0")).name() == QLatin1String("SSA Value"));
    CHECK(h.of(QStringLiteral("%arg0")).textStyle() == Theme::Variable);
    CHECK(h.of(QStringLiteral("%0#1")).name() == QLatin1String("SSA Value"));
    CHECK(h.of(QStringLiteral("%0:2")).name() == QLatin1String("SSA Value"));
    CHECK(h.of(QStringLiteral("^bb0")).name() == QLatin1String("Block Label"));
    CHECK(h.of(QStringLiteral("#map")).name() == QLatin1String("Attribute Alias"));
    CHECK(h.of(QStringLiteral("@matmul"), 1).name() == QLatin1String("Symbol Reference"));
    CHECK(h.of(QStringLiteral("!llvm.ptr")).name() == QLatin1String("Dialect Type"));
    CHECK(h.of(QStringLiteral("index")).name() == QLatin1String("Builtin Type"));
    CHECK(h.charOf(QStringLiteral(": f32"), 2).name() == QLatin1String("Builtin Type"));
    CHECK(h.of(QStringLiteral("affine_map")).name() == QLatin1String("Keyword"));
    CHECK(h.of(QStringLiteral("return")).textStyle() == Theme::Keyword);
    CHECK(h.of(QStringLiteral("1.5e+00")).textStyle() == Theme::Float);
    CHECK(h.of(QStringLiteral("\"x\"")).textStyle() == Theme::String);

    // tensor<4x8xf32>: a data type throughout, its dimensions stand out.
    const QString tensor = QStringLiteral("tensor<4x8xf32>");
    CHECK(h.of(tensor.left(7), 1).name() == QLatin1String("Shaped Type"));
    CHECK(h.of(tensor.left(7), 1).textStyle() == Theme::DataType);
    CHECK(h.charOf(tensor, 7, 1).name() == QLatin1String("Dimension")); // 4
    CHECK(h.charOf(tensor, 7, 1).textStyle() == Theme::DecVal);
    CHECK(h.charOf(tensor, 8, 1).name() == QLatin1String("Shaped Type")); // x
    CHECK(h.charOf(tensor, 9, 1).name() == QLatin1String("Dimension")); // 8
    CHECK(h.charOf(tensor, 11, 1).name() == QLatin1String("Shaped Type")); // f32
    CHECK(h.charOf(tensor, 14, 1).name() == QLatin1String("Shaped Type")); // >
    CHECK(h.of(QStringLiteral("memref<")).textStyle() == Theme::DataType);

    // Lit: directives differ from plain comments, the line stays comment-like.
    const Format run = h.of(QStringLiteral("// RUN:"));
    CHECK(run.name() == QLatin1String("Lit RUN"));
    CHECK(isCommentFamily(run.textStyle()));
    CHECK(isCommentFamily(h.of(QStringLiteral(" -split-input-file")).textStyle()));
    const Format label = h.of(QStringLiteral("// CHECK-LABEL:"));
    CHECK(label.name() == QLatin1String("Lit CHECK"));
    CHECK(isCommentFamily(label.textStyle()));
    CHECK(h.of(QStringLiteral("// CHECK-SAME:")).name() == QLatin1String("Lit CHECK"));
    CHECK(h.at(3, 16).name() == QLatin1String("Lit Pattern")); // the checked text
    CHECK(isCommentFamily(h.at(3, 16).textStyle()));
    CHECK(h.of(QStringLiteral("[[A:.*]]")).name() == QLatin1String("Lit Variable"));
    CHECK(h.of(QStringLiteral("// expected-error")).name() == QLatin1String("Lit Expected"));
    const Format note = h.of(QStringLiteral("// note: a plain comment"));
    CHECK(note.name() == QLatin1String("Comment"));
    CHECK(note.textStyle() == Theme::Comment);
    CHECK(note.name() != run.name());
}

TEST_CASE("TableGen: keywords, bang operators, dag operands, code blocks")
{
    const Highlighted h(QStringLiteral("TableGen"), tablegenSample);

    CHECK(h.of(QStringLiteral("def")).name() == QLatin1String("Keyword"));
    CHECK(h.of(QStringLiteral("def")).textStyle() == Theme::Keyword);
    CHECK(h.of(QStringLiteral("class")).textStyle() == Theme::Keyword);
    CHECK(h.of(QStringLiteral("let")).textStyle() == Theme::Keyword);
    CHECK(h.of(QStringLiteral("include")).textStyle() == Theme::Keyword);
    CHECK(h.of(QStringLiteral("AddOp")).name() == QLatin1String("Definition Name"));
    CHECK(h.of(QStringLiteral("foreach")).textStyle() == Theme::ControlFlow);
    CHECK(h.of(QStringLiteral("bits")).textStyle() == Theme::DataType);
    CHECK(h.of(QStringLiteral("!cast")).name() == QLatin1String("Bang Operator"));
    CHECK(h.of(QStringLiteral("!cast")).textStyle() == Theme::BuiltIn);
    CHECK(h.of(QStringLiteral("!strconcat")).name() == QLatin1String("Bang Operator"));
    CHECK(h.of(QStringLiteral("$lhs"), 1).name() == QLatin1String("Dag Operand"));
    CHECK(h.of(QStringLiteral("$lhs"), 1).textStyle() == Theme::Variable);
    CHECK(h.of(QStringLiteral("\"element-wise addition\"")).textStyle() == Theme::String);
    CHECK(h.of(QStringLiteral("\"mlir/IR/OpBase.td\"")).textStyle() == Theme::String);
    CHECK(h.of(QStringLiteral("[{")).name() == QLatin1String("Code Block"));
    CHECK(h.of(QStringLiteral("doesn't broadcast.")).textStyle() == Theme::VerbatimString);
    CHECK(h.of(QStringLiteral("$lhs")).name() == QLatin1String("Code Substitution"));
    CHECK(h.of(QStringLiteral("}]")).name() == QLatin1String("Code Block"));
    CHECK(h.of(QStringLiteral("// Ops.td")).textStyle() == Theme::Comment);
    CHECK(h.of(QStringLiteral("/* block /* nested */ comment */")).textStyle() == Theme::Comment);
    CHECK(h.of(QStringLiteral("0b1010")).textStyle() == Theme::BaseN);
    CHECK(h.charOf(QStringLiteral("<4>"), 1).textStyle() == Theme::DecVal);
}

TEST_CASE("PTX: directives, instructions, registers, labels")
{
    const Highlighted h(QStringLiteral("PTX"), ptxSample);

    CHECK(h.of(QStringLiteral(".version")).name() == QLatin1String("Directive"));
    CHECK(h.of(QStringLiteral(".entry")).name() == QLatin1String("Directive"));
    CHECK(h.of(QStringLiteral(".reg")).name() == QLatin1String("Directive"));
    CHECK(h.of(QStringLiteral(".reg")).textStyle() == Theme::Preprocessor);
    CHECK(h.of(QStringLiteral(".f32")).name() == QLatin1String("PTX Type"));
    CHECK(h.of(QStringLiteral(".f32")).textStyle() == Theme::DataType);

    // ld.global.v4.f32: the opcode, then its modifiers.
    const QString load = QStringLiteral("ld.global.v4.f32");
    CHECK(h.of(load.left(2), 1).name() == QLatin1String("Instruction"));
    CHECK(h.of(load.left(2), 1).textStyle() == Theme::Keyword);
    CHECK(h.of(load.mid(2)).name() == QLatin1String("Instruction Modifier"));
    CHECK(h.of(QStringLiteral(".async.ca.shared.global")).name() == QLatin1String("Instruction Modifier"));
    CHECK(h.of(QStringLiteral("mma")).name() == QLatin1String("Instruction"));
    CHECK(h.of(QStringLiteral("setp")).name() == QLatin1String("Instruction"));
    CHECK(h.of(QStringLiteral(".lt.s32")).name() == QLatin1String("Instruction Modifier"));
    CHECK(h.of(QStringLiteral("bar")).name() == QLatin1String("Instruction"));
    CHECK(h.of(QStringLiteral("bra")).name() == QLatin1String("Instruction"));
    CHECK(h.of(QStringLiteral("@%p1")).name() == QLatin1String("Predicate Guard"));

    CHECK(h.of(QStringLiteral("%rd1")).name() == QLatin1String("Register"));
    CHECK(h.of(QStringLiteral("%rd1")).textStyle() == Theme::Variable);
    CHECK(h.of(QStringLiteral("%p1")).name() == QLatin1String("Register"));
    CHECK(h.of(QStringLiteral("%f5")).name() == QLatin1String("Register")); // continued operands
    CHECK(h.of(QStringLiteral("%tid.x")).name() == QLatin1String("Special Register"));
    CHECK(h.of(QStringLiteral("%tid.x")).textStyle() == Theme::BuiltIn);
    CHECK(h.of(QStringLiteral("$L__BB0_2:")).name() == QLatin1String("Label"));
    CHECK(h.of(QStringLiteral("$L__BB0_2")).name() == QLatin1String("Label")); // the branch target

    CHECK(h.of(QStringLiteral("// Generated by NVIDIA NVVM Compiler")).textStyle() == Theme::Comment);
    CHECK(h.of(QStringLiteral("/* one */")).textStyle() == Theme::Comment);
    CHECK(h.of(QStringLiteral("0f3F800000")).textStyle() == Theme::Float);
    CHECK(h.charOf(QStringLiteral(" 32;"), 1).textStyle() == Theme::DecVal);
}

TEST_CASE("definitionFor picks by extension, then by content")
{
    CHECK(languageFor(QStringLiteral("k.cu")) == QLatin1String("CUDA"));
    CHECK(languageFor(QStringLiteral("src/kernels/k.cuh")) == QLatin1String("CUDA"));
    CHECK(languageFor(QStringLiteral("x.mlir")) == QLatin1String("MLIR"));
    CHECK(languageFor(QStringLiteral("include/Dialect/Ops.td")) == QLatin1String("TableGen"));
    CHECK(languageFor(QStringLiteral("k.ptx")) == QLatin1String("PTX"));

    CHECK(languageFor(QStringLiteral("a.py"), u"import triton\n\n@triton.jit\ndef k(): pass\n") == QLatin1String("Triton"));
    CHECK(languageFor(QStringLiteral("a.py"), u"import triton.language as tl\n") == QLatin1String("Triton"));
    CHECK(languageFor(QStringLiteral("a.py"), u"import torch\nprint(1)\n") == QLatin1String("Python"));
    CHECK(languageFor(QStringLiteral("a.py")) == QLatin1String("Python"));

    CHECK(languageFor(QStringLiteral("kernel.h"), u"__global__ void k(float *x);\n") == QLatin1String("CUDA"));
    CHECK(languageFor(QStringLiteral("launch.cpp"), u"void f() { k<<<1, 32>>>(x); }\n") == QLatin1String("CUDA"));
    CHECK(languageFor(QStringLiteral("plain.cpp"), u"int main() { return a << 1; }\n") != QLatin1String("CUDA"));
    CHECK(!languageFor(QStringLiteral("plain.cpp"), u"int main() {}\n").isEmpty());

    CHECK(languageFor(QStringLiteral("README.md")) == QLatin1String("Markdown"));
    CHECK(languageFor(QStringLiteral("x.unknownext")).isEmpty());
    CHECK(!definitionFor(QStringLiteral("x.unknownext")).isValid());
    CHECK(definitionFor(QStringLiteral("k.cu")).isValid());
    CHECK(&syntaxRepository() == &syntaxRepository());
}

TEST_CASE("each thread has its own repository")
{
    quintptr elsewhere = 0;
    QString language;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        elsewhere = quintptr(&syntaxRepository());
        language = languageFor(QStringLiteral("k.cu"));
    }));
    thread->start();
    // Polled, not QThread::wait(deadline): a timed wait on a condition
    // variable returns at once under libfaketime, which CI runs the suite
    // under with the clock moved.
    REQUIRE(QTest::qWaitFor([&] { return thread->isFinished(); }, 30000));
    thread->wait();
    CHECK(elsewhere != 0);
    CHECK(elsewhere != quintptr(&syntaxRepository()));
    CHECK(language == QLatin1String("CUDA"));
}
