package match

// vector is an immutable sequence with constant-time Get: chunks of chunkSize values.
// Set and Append copy one chunk and the slice of chunk pointers; the other chunks are
// shared with the vector they were made from.
type vector[T any] struct {
	chunks [][]T
	n      int
}

const chunkSize = 256

// Len is the number of values.
func (v vector[T]) Len() int { return v.n }

// Get returns value i (0 ≤ i < Len).
func (v vector[T]) Get(i int) T { return v.chunks[i/chunkSize][i%chunkSize] }

// At returns a pointer to value i, which the caller must not change.
func (v vector[T]) At(i int) *T { return &v.chunks[i/chunkSize][i%chunkSize] }

// Set returns the vector with value i replaced by x.
func (v vector[T]) Set(i int, x T) vector[T] {
	chunks := append([][]T(nil), v.chunks...)
	c := append([]T(nil), chunks[i/chunkSize]...)
	c[i%chunkSize] = x
	chunks[i/chunkSize] = c
	return vector[T]{chunks: chunks, n: v.n}
}

// Append returns the vector with x added at the end.
func (v vector[T]) Append(x T) vector[T] {
	chunks := append([][]T(nil), v.chunks...)
	k := v.n % chunkSize
	if k == 0 {
		chunks = append(chunks, nil)
	}
	last := make([]T, k+1, chunkSize)
	copy(last, chunks[len(chunks)-1])
	last[k] = x
	chunks[len(chunks)-1] = last
	return vector[T]{chunks: chunks, n: v.n + 1}
}
