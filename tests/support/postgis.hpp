#pragma once
// A throwaway PostgreSQL + PostGIS server for tests: initdb into a temporary folder as an
// unprivileged user (PostgreSQL refuses to run as root; CI runs as root), listening on
// 127.0.0.1 at a free port and on a socket inside that folder only, password-protected,
// with fsync off. One server per test process, started on first use and stopped and
// removed at exit; if the process dies, the kernel takes the server down with it
// (parent-death signal), so no server outlives the tests.
#include <memory>
#include <string>
#include <sys/types.h>

namespace bordermap::test {

class PostgisServer {
 public:
  // The process's server, started on first call (a few seconds); nullptr when it cannot
  // start (no PostgreSQL or PostGIS binaries, no unprivileged user), with `why` saying so.
  static PostgisServer* shared(std::string& why);

  // Creates an empty database with PostGIS enabled; returns its OGR connection string.
  std::string create_database(const std::string& name);

  double startup_seconds() const { return startup_s_; }
  ~PostgisServer();
  PostgisServer(const PostgisServer&) = delete;
  PostgisServer& operator=(const PostgisServer&) = delete;

 private:
  PostgisServer() = default;
  void start();  // throws std::runtime_error with the reason
  void stop() noexcept;
  void psql(const std::string& db, const std::string& sql, double timeout_s = 30) const;

  std::string bin_, dir_, password_;
  int port_ = 0;
  uid_t uid_ = 0;
  gid_t gid_ = 0;
  bool switch_user_ = false;
  pid_t server_ = -1;
  double startup_s_ = 0;
};

}  // namespace bordermap::test
