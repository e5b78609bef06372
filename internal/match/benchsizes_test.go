package match_test

import (
	"os"
	"strconv"
	"strings"
)

// BENCH_SIZES=10000,100000 limits BenchmarkRank to those catalogue sizes.
func init() {
	if s := os.Getenv("BENCH_SIZES"); s != "" {
		benchSizes = nil
		for _, f := range strings.Split(s, ",") {
			n, _ := strconv.Atoi(f)
			benchSizes = append(benchSizes, n)
		}
	}
}
