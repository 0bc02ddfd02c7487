// SPDX-License-Identifier: MIT
#include "draftexport.h"

#include "draftfields.h"
#include "people/csvreader.h"

using namespace Qt::StringLiterals;

namespace ks::outreach {

QByteArray draftsCsv(const QList<Draft> &drafts, const QString &requisitionTitle)
{
    QByteArray out = "email,first_name,full_name,login,subject,body,evidence_url,requisition,version,sent_at\r\n";
    for (const Draft &d : drafts) {
        const QString name = plainText(d.name, 120);
        const QStringList fields = {d.recipient,
                                    name.isEmpty() ? d.login : name.section(u' ', 0, 0),
                                    name,
                                    d.login,
                                    d.subject,
                                    d.body,
                                    d.evidenceUrl,
                                    requisitionTitle,
                                    QString::number(d.version),
                                    d.sentAt.isValid() ? d.sentAt.toString(Qt::ISODate) : QString()};
        QStringList row;
        for (const QString &f : fields)
            row.append(people::csvField(f));
        out += row.join(u',').toUtf8() + "\r\n";
    }
    return out;
}

} // namespace ks::outreach
