#include "postgis.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

extern char** environ;

namespace bordermap::test {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;

struct Command {
  std::vector<std::string> argv;
  std::vector<std::string> env;  // added to the inherited environment
  std::string log;               // stdout and stderr go here
  std::string cwd;
  bool switch_user = false;
  uid_t uid = 0;
  gid_t gid = 0;
  int death_signal = SIGKILL;    // sent to the child if this thread dies first
};

// fork + exec with everything the child needs prepared beforehand: between the two the
// child only makes async-signal-safe calls.
pid_t spawn(const Command& c) {
  std::vector<char*> argv;
  for (const auto& a : c.argv) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  std::vector<std::string> env_store;
  for (char** e = environ; *e; ++e) env_store.emplace_back(*e);
  for (const auto& e : c.env) env_store.push_back(e);
  std::vector<char*> envp;
  for (auto& e : env_store) envp.push_back(e.data());
  envp.push_back(nullptr);

  const int log = ::open(c.log.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (log < 0) throw std::runtime_error("cannot open log " + c.log);
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(log);
    throw std::runtime_error("fork failed");
  }
  if (pid == 0) {
    ::dup2(log, STDOUT_FILENO);
    ::dup2(log, STDERR_FILENO);
    const int devnull = ::open("/dev/null", O_RDONLY);
    if (devnull >= 0) ::dup2(devnull, STDIN_FILENO);
    ::setpgid(0, 0);  // out of the test's process group: a ^C reaches us, we stop it
    if (c.switch_user && (::setgroups(0, nullptr) != 0 || ::setgid(c.gid) != 0 || ::setuid(c.uid) != 0)) _exit(126);
    // After setuid, which clears it: the child dies with the thread that started it.
    ::prctl(PR_SET_PDEATHSIG, c.death_signal);
    if (::getppid() != parent) _exit(125);
    if (!c.cwd.empty() && ::chdir(c.cwd.c_str()) != 0) _exit(124);
    ::execve(argv[0], argv.data(), envp.data());
    _exit(127);
  }
  ::close(log);
  return pid;
}

// The exit code, or -1 when it had to be killed for taking longer than timeout_s.
int wait_for(pid_t pid, double timeout_s) {
  const auto deadline = Clock::now() + std::chrono::duration<double>(timeout_s);
  int status = 0;
  while (true) {
    pid_t r = ::waitpid(pid, &status, WNOHANG);
    if (r == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (r < 0) return -2;
    if (Clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      return -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

std::string tail_of(const std::string& path, std::size_t n = 600) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string s = ss.str();
  return s.size() > n ? "…" + s.substr(s.size() - n) : s;
}

int version_of(const fs::path& bin_dir) {
  try {
    return std::stoi(bin_dir.parent_path().filename().string());
  } catch (...) {
    return 0;
  }
}

// The newest /usr/lib/postgresql/N/bin with the three programs we run.
std::string find_bin_dir(int& version) {
  std::string best;
  version = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    const fs::path bin = entry.path() / "bin";
    bool complete = true;
    for (const char* prog : {"initdb", "postgres", "psql"})
      complete = complete && ::access((bin / prog).c_str(), X_OK) == 0;
    if (complete && version_of(bin) > version) {
      version = version_of(bin);
      best = bin.string();
    }
  }
  return best;
}

int free_port() {
  const int s = ::socket(AF_INET, SOCK_STREAM, 0);
  if (s < 0) throw std::runtime_error("no socket for finding a free port");
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  if (::bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      ::getsockname(s, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    ::close(s);
    throw std::runtime_error("cannot find a free port on 127.0.0.1");
  }
  ::close(s);
  return ntohs(addr.sin_port);
}

std::string random_password() {
  std::random_device rd;
  std::string pw;
  const char* hex = "0123456789abcdef";
  for (int i = 0; i < 24; ++i) pw += hex[rd() % 16];
  return pw;
}

// Folders of servers whose test process was killed (the server died with it, the folder
// stayed): removed when old and no live postmaster claims them.
void sweep_stale_folders() {
  std::error_code ec;
  const auto now = fs::file_time_type::clock::now();
  for (const auto& entry : fs::directory_iterator(fs::temp_directory_path(), ec)) {
    if (entry.path().filename().string().rfind("bordermap-pg-", 0) != 0) continue;
    auto mtime = fs::last_write_time(entry.path(), ec);
    if (ec || now - mtime < std::chrono::minutes(10)) continue;
    std::ifstream pidfile(entry.path() / "data" / "postmaster.pid");
    long pid = 0;
    if (pidfile >> pid && pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH)) continue;
    fs::remove_all(entry.path(), ec);
  }
}

}  // namespace

PostgisServer* PostgisServer::shared(std::string& why) {
  static std::unique_ptr<PostgisServer> server;
  static std::string failure;
  static bool tried = false;
  if (!tried) {
    tried = true;
    std::unique_ptr<PostgisServer> s(new PostgisServer);
    try {
      s->start();
      server = std::move(s);
    } catch (const std::exception& e) {
      failure = e.what();  // s's destructor stops whatever half-started
    }
  }
  why = failure;
  return server.get();
}

void PostgisServer::start() {
  const auto t0 = Clock::now();
  sweep_stale_folders();
  int version = 0;
  bin_ = find_bin_dir(version);
  if (bin_.empty())
    throw std::runtime_error("no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (apt package postgresql)");
  const std::string control = "/usr/share/postgresql/" + std::to_string(version) + "/extension/postgis.control";
  if (::access(control.c_str(), R_OK) != 0)
    throw std::runtime_error("PostGIS is not installed for PostgreSQL " + std::to_string(version) + " (no " +
                             control + "; apt package postgresql-" + std::to_string(version) + "-postgis-3)");
  if (::geteuid() == 0) {  // PostgreSQL refuses to run as root: run it as the postgres user
    const passwd* pw = ::getpwnam("postgres");
    if (!pw) throw std::runtime_error("running as root and there is no 'postgres' user to run the server as");
    switch_user_ = true;
    uid_ = pw->pw_uid;
    gid_ = pw->pw_gid;
  }

  std::string tmpl = (fs::temp_directory_path() / "bordermap-pg-XXXXXX").string();
  if (!::mkdtemp(tmpl.data())) throw std::runtime_error("cannot create a temporary folder for PostgreSQL");
  dir_ = tmpl;
  ::chmod(dir_.c_str(), 0700);
  const std::string data = dir_ + "/data", log = dir_ + "/server.log", pwfile = dir_ + "/pw";
  password_ = random_password();
  {
    std::ofstream(pwfile) << password_ << "\n";
  }
  if (switch_user_ && (::chown(dir_.c_str(), uid_, gid_) != 0 || ::chown(pwfile.c_str(), uid_, gid_) != 0))
    throw std::runtime_error("cannot hand " + dir_ + " to the postgres user");

  Command initdb;
  initdb.argv = {bin_ + "/initdb", "-D", data, "-U", "bordermap", "--pwfile=" + pwfile, "-A", "scram-sha-256",
                 "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions"};
  initdb.log = dir_ + "/initdb.log";
  initdb.cwd = dir_;
  initdb.switch_user = switch_user_;
  initdb.uid = uid_;
  initdb.gid = gid_;
  if (int rc = wait_for(spawn(initdb), 120); rc != 0)
    throw std::runtime_error("initdb failed (" + std::to_string(rc) + "): " + tail_of(initdb.log));

  // Two tries: the free port found may be taken by someone else before the server binds it.
  for (int attempt = 0; attempt < 2 && server_ < 0; ++attempt) {
    port_ = free_port();
    Command postgres;
    postgres.argv = {bin_ + "/postgres", "-D", data, "-p", std::to_string(port_), "-k", dir_,
                     "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
                     "-c", "full_page_writes=off", "-c", "max_connections=20", "-c", "shared_buffers=32MB"};
    postgres.log = log;
    postgres.cwd = dir_;
    postgres.switch_user = switch_user_;
    postgres.uid = uid_;
    postgres.gid = gid_;
    postgres.death_signal = SIGQUIT;  // immediate shutdown, children included
    server_ = spawn(postgres);
    const auto deadline = Clock::now() + std::chrono::seconds(30);
    bool ready = false;
    while (!ready && Clock::now() < deadline) {
      int status = 0;
      if (::waitpid(server_, &status, WNOHANG) == server_) {
        server_ = -1;
        break;
      }
      try {
        psql("postgres", "SELECT 1", 10);
        ready = true;
      } catch (const std::exception&) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
    }
    if (!ready && server_ > 0) stop();
  }
  if (server_ < 0) throw std::runtime_error("the PostgreSQL server did not start: " + tail_of(log));
  // Every database created later copies template1, so PostGIS is enabled once.
  psql("template1", "CREATE EXTENSION IF NOT EXISTS postgis");
  startup_s_ = std::chrono::duration<double>(Clock::now() - t0).count();
}

void PostgisServer::psql(const std::string& db, const std::string& sql, double timeout_s) const {
  Command c;
  c.argv = {bin_ + "/psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", std::to_string(port_),
            "-U", "bordermap", "-d", db, "-c", sql};
  c.env = {"PGPASSWORD=" + password_, "PGCONNECT_TIMEOUT=5"};
  c.log = dir_ + "/psql.log";
  if (int rc = wait_for(spawn(c), timeout_s); rc != 0)
    throw std::runtime_error("psql " + sql + " failed (" + std::to_string(rc) + "): " + tail_of(c.log, 300));
}

std::string PostgisServer::create_database(const std::string& name) {
  psql("postgres", "CREATE DATABASE " + name);
  return "PG:host=127.0.0.1 port=" + std::to_string(port_) + " dbname=" + name + " user=bordermap password=" +
         password_;
}

void PostgisServer::stop() noexcept {
  if (server_ > 0) {
    ::kill(server_, SIGINT);  // fast shutdown: disconnect clients, stop cleanly
    int status = 0;
    const auto deadline = Clock::now() + std::chrono::seconds(15);
    while (::waitpid(server_, &status, WNOHANG) == 0) {
      if (Clock::now() > deadline) {
        ::kill(server_, SIGKILL);
        ::waitpid(server_, &status, 0);
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    server_ = -1;
  }
}

PostgisServer::~PostgisServer() {
  stop();
  if (!dir_.empty()) {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
}

}  // namespace bordermap::test
