// URL rewrite rules for the docs web server (maps legacy paths to new ones).
#include <optional>
#include <regex>
#include <string>
#include <vector>

class RewritePattern {
 public:
  RewritePattern(std::string from, std::string to) : from_(std::move(from)), to_(std::move(to)) {}

  std::optional<std::string> apply(const std::string& path) const {
    if (!std::regex_match(path, from_)) return std::nullopt;
    return std::regex_replace(path, from_, to_);
  }

 private:
  std::regex from_;
  std::string to_;
};

std::string rewrite_url(const std::vector<RewritePattern>& rules, const std::string& path) {
  for (const RewritePattern& rule : rules)
    if (auto out = rule.apply(path)) return *out;
  return path;
}
