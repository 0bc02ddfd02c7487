// SPDX-License-Identifier: MIT
#include "draftexport.h"

#include "domain/csvwriter.h"
#include "draftfields.h"

using namespace Qt::StringLiterals;

namespace ks::outreach {

QByteArray draftsCsv(const QList<Draft> &drafts, const QString &requisitionTitle)
{
    CsvWriter csv({ u"email"_s, u"first_name"_s, u"full_name"_s, u"login"_s, u"subject"_s, u"body"_s, u"evidence_url"_s, u"requisition"_s,
        u"version"_s, u"sent_at"_s });
    for (const Draft &d : drafts) {
        const QString name = plainText(d.name, 120);
        csv.addRow({ d.recipient, name.isEmpty() ? d.login : name.section(u' ', 0, 0), name, d.login, d.subject, d.body, d.evidenceUrl,
            requisitionTitle, QString::number(d.version), d.sentAt.isValid() ? d.sentAt.toString(Qt::ISODate) : QString() });
    }
    return csv.toUtf8();
}

} // namespace ks::outreach
