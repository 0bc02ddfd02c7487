// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QStringList>
#include <functional>

namespace ks::store {

class Database;

// Every stored column that can hold words about someone other than the
// row's own person — titles, bodies, comments and their diff hunks, commit
// messages and authors, patches, cached files, bios, companies, blogs,
// evidence labels, notes, drafts, exclusion names — and every column that
// holds a file path. An erasure rewrites them; call inside Database::write().
class StoredTexts final
{
public:
    explicit StoredTexts(Database &db);

    // Rows whose text contains one of `probes` (ASCII case ignored) go
    // through `rewrite`; those it changes are written back. Returns how many.
    Result<int> rewrite(const QStringList &probes, const std::function<QString(const QString &)> &rewrite);

    // Paths containing one of `probes` for which `standIn` gives a new name
    // are renamed in every table at once (pr_files, review comments, cached
    // files, signal hits, evidence), and URLs holding them follow, so the
    // keys and the viewer's links keep lining up. Returns how many paths.
    Result<int> renamePaths(const QStringList &probes, const std::function<Result<QString>(const QString &path)> &standIn);

private:
    Database &m_db;
};

} // namespace ks::store
