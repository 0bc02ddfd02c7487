// SPDX-License-Identifier: MIT
// The company directory and the employer resolver: aliases, e-mail domains
// and which employer a sourcer should believe.
#include "people/employerresolver.h"
#include "support/qtprinters.h"

#include <QTimeZone>
#include <catch2/catch_test_macros.hpp>

using namespace ks::people;

namespace {

QDateTime day(const char *isoDate)
{
    return QDateTime(QDate::fromString(QLatin1String(isoDate), Qt::ISODate), QTime(12, 0), QTimeZone::UTC);
}

} // namespace

TEST_CASE("company texts name their canonical company", "[employer]")
{
    const CompanyDirectory &directory = CompanyDirectory::standard();
    const std::pair<const char *, const char *> cases[] = {
        { "@nvidia", "NVIDIA" },
        { "NVIDIA Corporation", "NVIDIA" },
        { "nvidia corp.", "NVIDIA" },
        { "Advanced Micro Devices, Inc.", "AMD" },
        { "Xilinx", "AMD" },
        { "Google DeepMind", "Google" },
        { "DeepMind", "Google" },
        { "Facebook", "Meta" },
        { "@facebookresearch", "Meta" },
        { "Meta Platforms, Inc.", "Meta" },
        { "AWS", "Amazon" },
        { "@huggingface", "Hugging Face" },
        { "MosaicML", "Databricks" },
        { "OctoML", "OctoAI" },
        { "Graphcore Ltd", "Graphcore" },
        { "Cerebras Systems", "Cerebras" },
        { "d-Matrix", "d-Matrix" },
        { "Nod.ai", "Nod.ai" },
        { "Red Hat, Inc.", "Red Hat" },
        { "Qualcomm Innovation Center, Inc.", "Qualcomm" },
        { "The MathWorks", "MathWorks" },
        { "华为", "Huawei" },
        { "Arm Ltd", "Arm" },
        { "Senior Compiler Engineer at Modular", "Modular" },
        // Company names that are ordinary words do not match inside prose.
        { "working on modular compilers", "" },
        { "meta-learning lab", "" },
        { "Acme Robotics", "" },
        { "", "" },
    };
    for (const auto &[text, expected] : cases) {
        INFO("company text: " << text);
        CHECK(directory.canonicalName(QString::fromUtf8(text)) == QString::fromUtf8(expected));
    }
}

TEST_CASE("e-mail domains: company, personal, no-reply, academic", "[employer]")
{
    const CompanyDirectory &directory = CompanyDirectory::standard();
    const std::pair<const char *, const char *> companies[] = {
        { "a@nvidia.com", "NVIDIA" },
        { "mail.nvidia.com", "NVIDIA" },
        { "nvidia.com", "NVIDIA" },
        { "x@us.ibm.com", "IBM" },
        { "x@linux.intel.com", "Intel" },
        { "x@quicinc.com", "Qualcomm" },
        { "x@xilinx.com", "AMD" },
        { "x@fb.com", "Meta" },
        { "x@meta.com", "Meta" },
        { "Jane Doe <jane@Google.COM>", "Google" },
        { "x@rivosinc.com", "Rivos" },
        // Mail services of big companies are personal addresses, not employers.
        { "x@gmail.com", "" },
        { "x@outlook.com", "" },
        { "x@icloud.com", "" },
        { "x@qq.com", "" },
        { "x@aliyun.com", "" },
        { "x@acme.io", "" },
        { "123+bob@users.noreply.github.com", "" },
    };
    for (const auto &[email, expected] : companies) {
        INFO("address: " << email);
        CHECK(directory.companyForEmail(QLatin1String(email)) == QLatin1String(expected));
    }
    for (const char *email : { "x@gmail.com", "x@outlook.com", "x@hotmail.com", "x@qq.com", "x@163.com", "x@proton.me", "x@icloud.com",
             "x@yahoo.com", "x@yahoo.co.uk", "x@hotmail.fr", "x@vip.qq.com" }) {
        INFO("address: " << email);
        CHECK(directory.isPersonalEmail(QLatin1String(email)));
    }
    for (const char *email : { "x@nvidia.com", "x@live.nvidia.com", "x@stanford.edu", "1+x@users.noreply.github.com" }) {
        INFO("address: " << email);
        CHECK_FALSE(directory.isPersonalEmail(QLatin1String(email)));
    }
    CHECK(directory.isNoReply(QStringLiteral("123+bob@users.noreply.github.com")));
    CHECK(directory.isNoReply(QStringLiteral("noreply@github.com")));
    CHECK(directory.isNoReply(QStringLiteral("no-reply@example.com")));
    CHECK_FALSE(directory.isNoReply(QStringLiteral("bob@nvidia.com")));

    const std::pair<const char *, const char *> academic[] = {
        { "x@cs.stanford.edu", "stanford.edu" },
        { "x@cam.ac.uk", "cam.ac.uk" },
        { "x@cl.cam.ac.uk", "cam.ac.uk" },
        { "x@mails.tsinghua.edu.cn", "tsinghua.edu.cn" },
        { "x@inf.ethz.ch", "ethz.ch" },
        { "x@informatik.uni-hamburg.de", "uni-hamburg.de" },
        { "x@nvidia.com", "" },
        { "x@gmail.com", "" },
    };
    for (const auto &[email, expected] : academic) {
        INFO("address: " << email);
        CHECK(directory.academicInstitution(QLatin1String(email)) == QLatin1String(expected));
    }
}

TEST_CASE("the company of the latest commit e-mail is the employer", "[employer]")
{
    const QList<CommitEmail> emails {
        { QStringLiteral("dev@intel.com"), 30, day("2024-05-01") }, { QStringLiteral("dev@nvidia.com"), 14, day("2026-10-02") },
        { QStringLiteral("dev@gmail.com"), 500, day("2027-01-01") }, // personal: never an employer
    };
    const Employer employer = resolveEmployer(QString(), emails);
    CHECK(employer.name == QStringLiteral("NVIDIA"));
    CHECK(employer.source == QStringLiteral("commit e-mail"));
    CHECK(employer.confidence >= 0.85);
    CHECK(employer.evidence.startsWith(QStringLiteral("14 commits from @nvidia.com, latest 2026-10-02")));
    CHECK(employer.evidence.contains(QStringLiteral("Intel")));

    // The order of the list does not matter, only the dates.
    const QList<CommitEmail> reversed { emails[2], emails[1], emails[0] };
    CHECK(resolveEmployer(QString(), reversed).name == QStringLiteral("NVIDIA"));
    const QList<CommitEmail> movedBack { { QStringLiteral("dev@intel.com"), 2, day("2027-02-01") }, emails[1] };
    CHECK(resolveEmployer(QString(), movedBack).name == QStringLiteral("Intel"));

    // The profile agreeing raises confidence; naming another company lowers it.
    const QList<CommitEmail> nvidiaOnly { emails[1] };
    const Employer agreed = resolveEmployer(QStringLiteral("@nvidia"), nvidiaOnly);
    const Employer disputed = resolveEmployer(QStringLiteral("Google"), nvidiaOnly);
    CHECK(agreed.name == QStringLiteral("NVIDIA"));
    CHECK(disputed.name == QStringLiteral("NVIDIA"));
    CHECK(agreed.confidence > employer.confidence);
    CHECK(disputed.confidence < employer.confidence);
    CHECK(disputed.evidence.contains(QStringLiteral("Google")));
}

TEST_CASE("personal, no-reply and academic e-mails leave the profile to decide", "[employer]")
{
    const QList<CommitEmail> emails {
        { QStringLiteral("1234+dev@users.noreply.github.com"), 80, day("2026-01-01") },
        { QStringLiteral("dev@cs.stanford.edu"), 12, day("2025-06-01") },
        { QStringLiteral("dev@outlook.com"), 3, day("2026-02-01") },
    };
    const Employer employer = resolveEmployer(QStringLiteral("@nvidia"), emails);
    CHECK(employer.name == QStringLiteral("NVIDIA"));
    CHECK(employer.source == QStringLiteral("profile company"));
    CHECK(employer.confidence >= 0.6);
    CHECK(employer.confidence < 0.85);
    CHECK(employer.evidence.contains(QStringLiteral("profile company: \"@nvidia\"")));
    CHECK(employer.evidence.contains(QStringLiteral("stanford.edu")));

    const Employer nothing = resolveEmployer(QString(), emails);
    CHECK_FALSE(nothing.known());
    CHECK(nothing.source.isEmpty());
    CHECK(nothing.confidence == 0);
    CHECK(nothing.evidence.contains(QStringLiteral("stanford.edu")));
}

TEST_CASE("profile company fields: lists, past employers, free text, no company", "[employer]")
{
    const std::pair<const char *, const char *> current[] = {
        { "@nvidia @pytorch", "NVIDIA" },
        { "@pytorch @nvidia", "NVIDIA" },
        { "Google / ex-Meta", "Google" },
        { "ex-Meta, Google", "Google" },
        { "Google (previously Meta)", "Google" },
        { "Formerly Intel and AMD, now NVIDIA", "NVIDIA" },
        { "Intel -> NVIDIA", "NVIDIA" },
        { "<b>NVIDIA</b>", "NVIDIA" },
        { "[AMD](https://amd.com)", "AMD" },
        { "Compiler engineer at Arm", "Arm" },
    };
    for (const auto &[text, expected] : current) {
        INFO("profile company: " << text);
        const Employer e = resolveEmployer(QString::fromUtf8(text), {});
        CHECK(e.name == QLatin1String(expected));
        CHECK(e.source == QStringLiteral("profile company"));
        CHECK(e.confidence >= 0.6);
    }
    for (const char *text : { "Self-employed", "Freelance", "Student", "PhD student", "N/A", "-", "ex-Google", "Formerly at Meta" }) {
        INFO("profile company: " << text);
        const Employer e = resolveEmployer(QString::fromUtf8(text), {});
        CHECK_FALSE(e.known());
        CHECK(e.confidence == 0);
    }
    // Not in the directory: kept as written, with low confidence.
    const Employer acme = resolveEmployer(QStringLiteral("  **Acme Robotics**  "), {});
    CHECK(acme.name == QStringLiteral("Acme Robotics"));
    CHECK(acme.source == QStringLiteral("profile company"));
    CHECK(acme.confidence < 0.5);
    CHECK(acme.evidence.contains(QStringLiteral("not in the company directory")));
    CHECK(resolveEmployer(QStringLiteral("Acme Robotics (ex-Google)"), {}).name == QStringLiteral("Acme Robotics"));
    // Untrusted text is capped.
    const Employer huge = resolveEmployer(QString(5000, u'A'), {});
    CHECK(huge.name.size() <= 80);
}

TEST_CASE("the company directory is data: a broken one is refused with the reason", "[employer]")
{
    const auto broken = CompanyDirectory::parse("{\"format\": ", QStringLiteral("mine.json"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().contains(QStringLiteral("mine.json: invalid JSON")));
    const auto clash = CompanyDirectory::parse(R"({"format": "kernelscout-companies", "legalSuffixes": ["inc"], "companies": [
        {"name": "Alpha", "aliases": ["Shared Name"], "domains": ["alpha.example"]},
        {"name": "Beta", "aliases": ["shared name inc."], "domains": ["beta.example"]}]})",
        QStringLiteral("mine.json"));
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().contains(QStringLiteral("companies[1] (Beta)")));
    CHECK(clash.error().contains(QStringLiteral("already names Alpha")));
    CHECK(CompanyDirectory::standard().companyCount() >= 60);
}
