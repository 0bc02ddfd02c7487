// SPDX-License-Identifier: MIT
#pragma once

#include <KSyntaxHighlighting/Definition>
#include <QString>
#include <QStringView>

namespace KSyntaxHighlighting {
class Repository;
}

namespace ks::scoring {

// The calling thread's syntax repository: KF6's bundled definitions plus ours
// (CUDA, Triton, MLIR, TableGen, PTX) from :/kernelscout/syntax/. A Repository
// must not be shared between threads, so each thread gets its own, created on
// first use and deleted when the thread (for the main thread: the
// application) ends. References stay valid until then.
KSyntaxHighlighting::Repository &syntaxRepository();

// Adds Kernel Scout's definitions to any repository (the one above has them).
void addKernelScoutDefinitions(KSyntaxHighlighting::Repository &repository);

// The definition for a file: by extension first (.cu/.cuh CUDA, .mlir MLIR,
// .td TableGen, .ptx PTX), then by content (a Python file using Triton is
// Triton, a C++ header or source with kernels or launches is CUDA), else
// whatever KSyntaxHighlighting picks by name. Invalid for unknown files.
KSyntaxHighlighting::Definition definitionFor(const QString &fileName, QStringView content = {});

// definitionFor(...).name(), or empty when no definition matches.
QString languageFor(const QString &fileName, QStringView content = {});

} // namespace ks::scoring
