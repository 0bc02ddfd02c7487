// SPDX-License-Identifier: MIT
#pragma once

#include "qtprinters.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

// A scratch folder with a workspace path in it, removed after the test.
class TempWorkspace
{
public:
    TempWorkspace() = default;
    QString path(const QString &name = QStringLiteral("workspace.sqlite")) const { return m_dir.filePath(name); }
    QString dir() const { return m_dir.path(); }

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static bool write(const QString &file, const QByteArray &data)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    }

private:
    QTemporaryDir m_dir;
};
