/** The header cell over a table's buttons: named for screen readers, empty on screen. */
export function ActionsHeader() {
  return (
    <th scope="col">
      <span className="visually-hidden">Thao tác</span>
    </th>
  );
}
