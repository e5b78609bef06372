package printdoc

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"image/png"
)

// pngSize returns the pixel size of a PNG picture, or an error when the bytes are
// not one.
func pngSize(b []byte) (image.Point, error) {
	c, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		return image.Point{}, fmt.Errorf("Bild ist kein lesbares PNG: %v", err)
	}
	if c.Width < 1 || c.Height < 1 {
		return image.Point{}, fmt.Errorf("Bild hat keine Fläche (%d × %d Pixel)", c.Width, c.Height)
	}
	return image.Pt(c.Width, c.Height), nil
}

// forPDF returns a PNG as the PDF library reads it: 8 bits a channel, not
// interlaced. Another PNG is decoded and written again in that form.
func forPDF(b []byte) ([]byte, error) {
	// the header chunk follows the 8-byte signature: length, type, width, height,
	// then bit depth (byte 24), colour type, compression, filter, interlace (byte 28)
	if len(b) > 28 && b[24] <= 8 && b[28] == 0 {
		return b, nil
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("Bild ist kein lesbares PNG: %v", err)
	}
	flat := image.NewNRGBA(img.Bounds())
	draw.Draw(flat, flat.Bounds(), img, img.Bounds().Min, draw.Src)
	var buf bytes.Buffer
	if err := png.Encode(&buf, flat); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
