// SPDX-License-Identifier: MIT
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThreadStorage>

namespace ks::scoring {

namespace {

// KSyntaxHighlighting reads <path>/syntax/*.xml; QDir lists Qt resource
// folders like any other, so the compiled-in path works as a search path.
const QString &resourceSearchPath()
{
    static const QString path = QStringLiteral(":/kernelscout");
    return path;
}

bool isPython(const QString &suffix)
{
    return suffix == QLatin1String("py") || suffix == QLatin1String("pyi") || suffix == QLatin1String("pyw");
}

bool isCxx(const QString &suffix)
{
    static const QStringList suffixes {
        QStringLiteral("h"),
        QStringLiteral("hh"),
        QStringLiteral("hpp"),
        QStringLiteral("hxx"),
        QStringLiteral("inl"),
        QStringLiteral("cpp"),
        QStringLiteral("cc"),
        QStringLiteral("cxx"),
        QStringLiteral("c++"),
    };
    return suffixes.contains(suffix);
}

bool usesTriton(QStringView content)
{
    return content.contains(u"@triton.jit") || content.contains(u"@triton.autotune") || content.contains(u"@triton.heuristics")
        || content.contains(u"import triton.language") || content.contains(u"from triton import language");
}

bool usesCuda(QStringView content)
{
    if (content.contains(u"__global__") || content.contains(u"threadIdx"))
        return true;
    // A launch, kernel<<<grid, block>>>, not a merge-conflict marker.
    static const QRegularExpression launch(QStringLiteral(R"(\w\s*<<<[^<])"));
    return launch.matchView(content).hasMatch();
}

QString ownDefinitionName(const QString &suffix)
{
    if (suffix == QLatin1String("cu") || suffix == QLatin1String("cuh"))
        return QStringLiteral("CUDA");
    if (suffix == QLatin1String("mlir"))
        return QStringLiteral("MLIR");
    if (suffix == QLatin1String("td"))
        return QStringLiteral("TableGen");
    if (suffix == QLatin1String("ptx"))
        return QStringLiteral("PTX");
    return {};
}

} // namespace

void addKernelScoutDefinitions(KSyntaxHighlighting::Repository &repository)
{
    if (!repository.customSearchPaths().contains(resourceSearchPath()))
        repository.addCustomSearchPath(resourceSearchPath());
}

KSyntaxHighlighting::Repository &syntaxRepository()
{
    // QThreadStorage deletes each thread's repository when the thread ends,
    // and the main thread's when the application object goes.
    static QThreadStorage<KSyntaxHighlighting::Repository *> repositories;
    if (!repositories.hasLocalData()) {
        auto *repository = new KSyntaxHighlighting::Repository;
        addKernelScoutDefinitions(*repository);
        repositories.setLocalData(repository);
    }
    return *repositories.localData();
}

KSyntaxHighlighting::Definition definitionFor(const QString &fileName, QStringView content)
{
    auto &repository = syntaxRepository();
    const QString suffix = QFileInfo(fileName).suffix().toLower();

    if (const QString own = ownDefinitionName(suffix); !own.isEmpty())
        return repository.definitionForName(own);
    if (isPython(suffix) && usesTriton(content))
        return repository.definitionForName(QStringLiteral("Triton"));
    if (isCxx(suffix) && usesCuda(content))
        return repository.definitionForName(QStringLiteral("CUDA"));
    return repository.definitionForFileName(fileName);
}

QString languageFor(const QString &fileName, QStringView content)
{
    const auto definition = definitionFor(fileName, content);
    return definition.isValid() ? definition.name() : QString();
}

} // namespace ks::scoring
