// SPDX-License-Identifier: MIT
#include "validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <cmath>

namespace ks::validation {
namespace {

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::validation)
};

bool hasControlCharacters(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

// Quoted for messages, shortened so a hostile 1 MB value cannot flood a terminal.
QString quoted(const QString &s)
{
    QString shown = s.left(80);
    if (s.size() > 80)
        shown += QStringLiteral("…");
    return QLatin1Char('\'') + shown + QLatin1Char('\'');
}

} // namespace

Result<RepoTarget> parseRepo(const QString &input)
{
    // GitHub's rules: owner is 1-39 alphanumerics or single hyphens, not at the
    // ends; a repository name is letters, digits, '.', '-', '_' up to 100.
    static const QRegularExpression owner(QStringLiteral(R"(^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\z)"));
    static const QRegularExpression name(QStringLiteral(R"(^[A-Za-z0-9._-]{1,100}\z)"));
    const QString text = input.trimmed();
    const QStringList parts = text.split(QLatin1Char('/'));
    if (text.isEmpty())
        return Result<RepoTarget>::failure(Tr::tr("Enter a repository as OWNER/NAME, e.g. triton-lang/triton."));
    if (parts.size() != 2)
        return Result<RepoTarget>::failure(Tr::tr("%1 is not OWNER/NAME (exactly one '/', e.g. llvm/llvm-project).").arg(quoted(text)));
    if (!owner.match(parts[0]).hasMatch())
        return Result<RepoTarget>::failure(
            Tr::tr("%1 is not a valid GitHub owner (letters, digits and single hyphens, at most 39).").arg(quoted(parts[0])));
    if (!name.match(parts[1]).hasMatch() || parts[1] == QLatin1String(".") || parts[1] == QLatin1String(".."))
        return Result<RepoTarget>::failure(
            Tr::tr("%1 is not a valid repository name (letters, digits, '.', '-', '_').").arg(quoted(parts[1])));
    RepoTarget repo;
    repo.owner = parts[0];
    repo.name = parts[1];
    return repo;
}

Result<QString> pathPrefix(const QString &input)
{
    QString p = input.trimmed();
    if (p.isEmpty())
        return Result<QString>::failure(Tr::tr("A path prefix cannot be empty; leave the list empty to map the whole repository."));
    if (p.size() > MaxPathLength)
        return Result<QString>::failure(Tr::tr("A path prefix is at most %1 characters.").arg(MaxPathLength));
    if (p.startsWith(QLatin1Char('/')))
        return Result<QString>::failure(Tr::tr("%1 must be relative to the repository root (no leading '/').").arg(quoted(p)));
    if (p.contains(QLatin1Char('\\')) || hasControlCharacters(p))
        return Result<QString>::failure(Tr::tr("%1 contains a backslash or control character; use '/' between folders.").arg(quoted(p)));
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    const QStringList segments = p.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return Result<QString>::failure(
                Tr::tr("%1 has an empty, '.' or '..' folder; write a plain path such as mlir/lib/Dialect.").arg(quoted(p)));
    }
    return p;
}

Result<QString> forumUrl(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return Result<QString>::failure(Tr::tr("Enter a forum address, e.g. https://discourse.llvm.org/c/mlir/31."));
    if (text.size() > MaxUrlLength)
        return Result<QString>::failure(Tr::tr("A forum address is at most %1 characters.").arg(MaxUrlLength));
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || hasControlCharacters(text))
        return Result<QString>::failure(Tr::tr("%1 is not a valid address.").arg(quoted(input.trimmed())));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return Result<QString>::failure(Tr::tr("A forum address must start with https:// (got %1).").arg(quoted(scheme)));
    if (url.host().isEmpty() || (!url.host().contains(QLatin1Char('.')) && url.host() != QLatin1String("localhost")))
        return Result<QString>::failure(Tr::tr("%1 has no forum host name.").arg(quoted(input.trimmed())));
    if (!url.userInfo().isEmpty())
        return Result<QString>::failure(Tr::tr("A forum address must not contain a user name or password."));
    if (url.hasQuery() || url.hasFragment())
        return Result<QString>::failure(Tr::tr("Give the forum or category address without '?' or '#' parts."));
    QString normalised = url.toString(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
    return normalised;
}

Result<QString> layerSlug(const QString &input)
{
    static const QRegularExpression re(QStringLiteral(R"(^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\z)"));
    const QString slug = input.trimmed();
    if (!re.match(slug).hasMatch())
        return Result<QString>::failure(
            Tr::tr("%1 is not a valid layer id (lower-case letters, digits and '-', e.g. kernel).").arg(quoted(slug)));
    return slug;
}

Result<QString> layerName(const QString &input)
{
    const QString name = input.trimmed();
    if (name.isEmpty())
        return Result<QString>::failure(Tr::tr("A layer needs a name."));
    if (name.size() > MaxNameLength)
        return Result<QString>::failure(Tr::tr("A layer name is at most %1 characters.").arg(MaxNameLength));
    if (hasControlCharacters(name))
        return Result<QString>::failure(Tr::tr("A layer name cannot contain control characters."));
    return name;
}

Result<QString> skill(const QString &input)
{
    const QString s = input.trimmed();
    if (s.isEmpty() || s.size() > MaxNameLength || hasControlCharacters(s))
        return Result<QString>::failure(Tr::tr("Skill %1 must be 1 to %2 printable characters.").arg(quoted(s)).arg(MaxNameLength));
    return s;
}

Result<QString> weightKey(const QString &input)
{
    static const QRegularExpression re(QStringLiteral(R"(^[a-z0-9_]+(?:\.[a-z0-9_]+)*\z)"));
    const QString key = input.trimmed();
    if (key.size() > 100 || !re.match(key).hasMatch())
        return Result<QString>::failure(
            Tr::tr("%1 is not a valid weight key (lower-case words joined by '.', e.g. signal.tiling).").arg(quoted(key)));
    return key;
}

Status weightValue(double weight)
{
    if (!std::isfinite(weight) || weight < 0.0 || weight > 10.0)
        return Status::failure(Tr::tr("A weight is a number from 0 to 10 (got %1).").arg(weight));
    return {};
}

Status layer(RoleLayer &l)
{
    const auto slug = layerSlug(l.slug);
    if (!slug)
        return Status::failure(slug.error());
    l.slug = slug.value();
    const auto name = layerName(l.name);
    if (!name)
        return Status::failure(name.error());
    l.name = name.value();
    l.description = l.description.trimmed();
    if (l.description.size() > MaxDescriptionLength)
        return Status::failure(Tr::tr("A description is at most %1 characters.").arg(MaxDescriptionLength));
    if (l.skills.size() > MaxListLength || l.repos.size() > MaxListLength || l.forums.size() > MaxListLength
        || l.weights.size() > MaxListLength)
        return Status::failure(Tr::tr("A layer holds at most %1 skills, weights, repositories or forums.").arg(MaxListLength));

    for (QString &s : l.skills) {
        const auto checked = skill(s);
        if (!checked)
            return Status::failure(checked.error());
        s = checked.value();
    }
    for (auto it = l.weights.cbegin(); it != l.weights.cend(); ++it) {
        const auto key = weightKey(it.key());
        if (!key)
            return Status::failure(key.error());
        if (const auto value = weightValue(it.value()); !value)
            return Status::failure(Tr::tr("Weight %1: %2").arg(it.key(), value.error()));
    }
    QList<RepoTarget> seenRepos;
    for (RepoTarget &repo : l.repos) {
        const auto parsed = parseRepo(repo.fullName());
        if (!parsed)
            return Status::failure(parsed.error());
        for (const RepoTarget &seen : seenRepos) {
            if (seen.sameRepo(repo))
                return Status::failure(Tr::tr("%1 is listed twice in layer %2.").arg(repo.fullName(), l.slug));
        }
        if (repo.pathPrefixes.size() > MaxListLength)
            return Status::failure(Tr::tr("A repository holds at most %1 path prefixes.").arg(MaxListLength));
        QStringList prefixes;
        for (const QString &p : std::as_const(repo.pathPrefixes)) {
            const auto prefix = pathPrefix(p);
            if (!prefix)
                return Status::failure(QStringLiteral("%1: %2").arg(repo.fullName(), prefix.error()));
            if (!prefixes.contains(prefix.value()))
                prefixes.append(prefix.value());
        }
        repo.pathPrefixes = prefixes;
        seenRepos.append(repo);
    }
    QStringList forums;
    for (const QString &f : std::as_const(l.forums)) {
        const auto url = forumUrl(f);
        if (!url)
            return Status::failure(url.error());
        if (!forums.contains(url.value()))
            forums.append(url.value());
    }
    l.forums = forums;
    return {};
}

QString slugFromName(const QString &name)
{
    QString slug;
    bool dash = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (dash && !slug.isEmpty())
                slug += QLatin1Char('-');
            slug += c;
            dash = false;
        } else if (c.isLetterOrNumber() || c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_')) {
            dash = true;
        }
    }
    slug.truncate(64);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("layer") : slug;
}

} // namespace ks::validation
