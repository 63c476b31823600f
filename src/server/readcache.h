#pragma once

#include <QHash>

#include <cstdint>

namespace stitchlocal {

//! Where the database stands: it moves with every change this server makes and every commit by
//! another connection (a test seeding the same file, a second process). Equal stamps mean
//! unchanged content.
struct ContentStamp
{
    std::int64_t foreignVersion = -1; //!< PRAGMA data_version: commits by other connections
    std::int64_t ownChanges = -1; //!< sqlite3_total_changes64 of this connection
    std::uint64_t ownWrites = 0; //!< Store::write calls ended, committed or rolled back
    bool operator==(const ContentStamp &o) const
    {
        return foreignVersion == o.foreignVersion && ownChanges == o.ownChanges
            && ownWrites == o.ownWrites;
    }
    bool operator!=(const ContentStamp &o) const { return !(*this == o); }
};

//! Answers of one kind of read kept until the content stamp moves: an authenticated GET costs
//! five SQL statements otherwise, most of the time a request takes. Everything is dropped at
//! once on any change, so it can never serve what a write has touched.
template<typename Key, typename Value> class ReadCache
{
public:
    const Value *find(const Key &key, const ContentStamp &now) const
    {
        forgetUnless(now);
        const auto it = m_values.constFind(key);
        return it == m_values.constEnd() ? nullptr : &*it;
    }
    void insert(const Key &key, const Value &value, const ContentStamp &now) const
    {
        forgetUnless(now);
        if (m_values.size() >= kMaxEntries)
            m_values.clear(); // a bound, not a policy: entries are cheap to read again
        m_values.insert(key, value);
    }

private:
    static constexpr qsizetype kMaxEntries = 4096;
    void forgetUnless(const ContentStamp &now) const
    {
        if (now != m_stamp) {
            m_values.clear();
            m_stamp = now;
        }
    }
    mutable QHash<Key, Value> m_values;
    mutable ContentStamp m_stamp;
};

} // namespace stitchlocal
