#pragma once
// How a write gets the store to itself: a transaction that takes the store's write lock
// before it reads anything, and bounded retries while other writers hold it.
//
// Why up front: SQLite lets two connections read inside deferred transactions and then
// refuses one of them the upgrade to writing ("database is locked") without waiting, so
// busy timeouts alone lose whole runs. Taking the lock first turns that into a queue.
#include <chrono>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "store/store.hpp"
#include "store/store_backend.hpp"

namespace bordermap::events::detail {

// Rolls back unless committed: an exception anywhere in a write leaves the store as it was.
class Transaction {
 public:
  Transaction(GDALDatasetH ds, const std::string& what);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  GDALDatasetH ds_;
  std::string what_;
  bool done_ = false;
};

// How long a writer waits for others in total: $BORDERMAP_STORE_WAIT seconds, default 60.
std::chrono::milliseconds store_wait();

// Inside an open transaction, takes the write lock, waiting at most `wait`: on a GeoPackage
// a write that changes nothing (SQLite's RESERVED lock, as BEGIN IMMEDIATE takes it); on
// PostGIS a transaction-scoped advisory lock every bordermap writer of the schema takes.
// Throws GeoError (is_busy_message) when the wait ran out.
void take_write_lock(const StoreHandle& h, std::chrono::milliseconds wait);

// PostGIS: locks the rows of `ids` that exist (SELECT … FOR UPDATE, in fid order so two
// writers cannot deadlock), so a writer that does not take bordermap's advisory lock (QGIS,
// psql) cannot mark one reviewed between the check and the write. A GeoPackage needs
// nothing: SQLite's write lock already shuts out every other writer.
void lock_rows(const StoreHandle& h, const std::vector<std::string>& ids);

// Whether an error text means "another writer holds the store" rather than a real failure.
bool is_busy_message(const std::string& message);

// Runs fn() in a transaction holding the write lock and commits; retries the whole of it
// (after a rollback, with a growing, jittered pause) while the store is busy, and throws
// StoreBusyError once store_wait() has passed. fn must be safe to run again.
template <typename Fn>
auto locked_write(const StoreHandle& h, Fn&& fn) -> decltype(fn()) {
  using clock = std::chrono::steady_clock;
  const auto wait = store_wait();
  const auto deadline = clock::now() + wait;
  std::minstd_rand jitter(static_cast<unsigned>(clock::now().time_since_epoch().count()));
  auto pause = std::chrono::milliseconds(20);
  for (;;) {
    try {
      Transaction tx(h.ds.get(), h.what);
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - clock::now());
      take_write_lock(h, std::max(left, std::chrono::milliseconds(1)));
      if constexpr (std::is_void_v<decltype(fn())>) {
        fn();
        tx.commit();
        return;
      } else {
        auto result = fn();
        tx.commit();
        return result;
      }
    } catch (const GeoError& e) {
      if (!is_busy_message(e.what())) throw;
      if (clock::now() >= deadline)
        throw StoreBusyError(h.what + " stayed busy: other writers held it for more than " +
                             std::to_string(wait.count() / 1000) + " s (BORDERMAP_STORE_WAIT); this write was not "
                             "stored, try again when they are done");
    }
    const auto sleep_for = pause / 2 + std::chrono::milliseconds(jitter() % static_cast<unsigned>(pause.count()));
    std::this_thread::sleep_for(std::min<clock::duration>(sleep_for, std::max<clock::duration>(deadline - clock::now(), {})));
    pause = std::min(pause * 2, std::chrono::milliseconds(1000));
  }
}

}  // namespace bordermap::events::detail
