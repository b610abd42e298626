#pragma once
// Small summaries of samples: mean, median, the AUC of log error, precision/recall/F1.
#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "geo_distance.hpp"

namespace bench {

inline double mean_of(const std::vector<double>& v) {
  return v.empty() ? 0.0 : std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
}

inline double median_of(std::vector<double> v) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  std::size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

inline double min_of(const std::vector<double>& v) {
  return v.empty() ? 0.0 : *std::min_element(v.begin(), v.end());
}

// Gritta et al. (2018): the area under the curve of sorted, log-scaled errors normalised by
// the largest possible error; 0 is perfect, 1 is every toponym at the antipode. Lower is better.
inline double auc_log_error(std::vector<double> km) {
  if (km.empty()) return 0.0;
  std::sort(km.begin(), km.end());
  const double top = std::log(kMaxErrorKm + 1);
  if (km.size() == 1) return std::log(km[0] + 1) / top;
  double area = 0;
  for (std::size_t i = 1; i < km.size(); ++i)
    area += 0.5 * (std::log(km[i - 1] + 1) + std::log(km[i] + 1)) / top;
  return area / static_cast<double>(km.size() - 1);
}

inline double ratio(double num, double den) { return den > 0 ? num / den : 0.0; }

struct Prf {
  double precision = 0, recall = 0, f1 = 0;
};

inline Prf prf(double tp_pred, double pred, double tp_gold, double gold) {
  Prf r;
  r.precision = ratio(tp_pred, pred);
  r.recall = ratio(tp_gold, gold);
  r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0.0;
  return r;
}

}  // namespace bench
