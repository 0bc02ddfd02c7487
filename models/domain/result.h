// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace ks {

// A value or a user-facing error message. C++20 has no std::expected, and
// errors here are always shown to a person, so a translated QString suffices.
template<typename T> class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// For operations that produce nothing but can fail.
class [[nodiscard]] Status final
{
public:
    Status() = default;
    static Status failure(QString message)
    {
        Status s;
        s.m_error = std::move(message);
        s.m_failed = true;
        return s;
    }
    template<typename T> static Status from(const Result<T> &r) { return r.ok() ? Status() : failure(r.error()); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace ks
