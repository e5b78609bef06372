package match

// vector is an immutable sequence with constant-time Get: chunks of chunkSize values.
// Set and AppendAll copy one chunk and the slice of chunk pointers; the other chunks are
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

// AppendAll returns the vector with xs added at the end, copying the last chunk once.
func (v vector[T]) AppendAll(xs []T) vector[T] {
	if len(xs) == 0 {
		return v
	}
	chunks := append([][]T(nil), v.chunks...)
	n := v.n
	if k := n % chunkSize; k > 0 {
		last := make([]T, k, chunkSize)
		copy(last, chunks[len(chunks)-1])
		chunks[len(chunks)-1] = last
	}
	for _, x := range xs {
		if n%chunkSize == 0 {
			chunks = append(chunks, make([]T, 0, chunkSize))
		}
		chunks[len(chunks)-1] = append(chunks[len(chunks)-1], x)
		n++
	}
	return vector[T]{chunks: chunks, n: n}
}
