// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QFile>
#include <QFileDevice>

// Every file that holds personal data (the workspace, exports, .eml files,
// subject reports, the avatar cache) is readable by its owner only: 0600
// for files, 0700 for folders, whatever the umask says.
namespace ks::privatefiles {

inline constexpr QFileDevice::Permissions FileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
inline constexpr QFileDevice::Permissions FolderMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// For a file just opened for writing (a QSaveFile's temporary keeps the
// mode when it is committed).
inline bool restrict(QFileDevice &file)
{
    return file.setPermissions(FileMode);
}

inline bool restrict(const QString &path)
{
    return QFile::setPermissions(path, FileMode);
}

inline bool makeFolder(const QString &path)
{
    return QDir().mkpath(path) && QFile::setPermissions(path, FolderMode);
}

} // namespace ks::privatefiles
