#pragma once

// A clock a test moves by hand, handed to the server as ServerOptions::clockMs: tokens run out
// when the test says so, not after a real wait. Safe to read from a server on another thread.

#include <QDateTime>

#include <atomic>
#include <functional>
#include <memory>

class TestClock
{
public:
    std::function<qint64()> source() const
    {
        const auto ms = m_ms;
        return [ms] { return ms->load(); };
    }
    void advanceSeconds(qint64 seconds) { m_ms->fetch_add(seconds * 1000); }

private:
    std::shared_ptr<std::atomic<qint64>> m_ms
        = std::make_shared<std::atomic<qint64>>(QDateTime::currentMSecsSinceEpoch());
};
