// Reads kernel tile configurations from the JSON registry shipped with the
// wheel. The CuTe kernels themselves are instantiated elsewhere; this file only
// validates the numbers (e.g. that a "TileShape" divides the MMA atom).
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

struct TileConfig {
  int m = 128, n = 128, k = 64;
  int stages = 3;
};

std::vector<TileConfig> load_tile_configs(const nlohmann::json& doc, int mma_m, int mma_n) {
  std::vector<TileConfig> out;
  for (const auto& entry : doc.at("kernels")) {
    const auto& shape = entry.at("TileShape");
    TileConfig cfg;
    cfg.m = shape.at(0).get<int>();
    cfg.n = shape.at(1).get<int>();
    cfg.k = shape.at(2).get<int>();
    cfg.stages = entry.value("stages", 3);
    if (cfg.m % mma_m != 0 || cfg.n % mma_n != 0)
      throw std::invalid_argument("TileShape " + entry.at("name").get<std::string>() +
                                  " is not a multiple of the MMA atom");
    out.push_back(cfg);
  }
  return out;
}
