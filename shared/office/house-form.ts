// Kept apart from the schemas so the editor loads without zod.

/** The house form of a person: "Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh". */
export function houseForm(official: { name: string; titles: readonly string[] }): string {
  return [official.name, ...official.titles].join(', ');
}
