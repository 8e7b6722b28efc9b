/** Who fills in a worksheet: their shown name, their stable author id, and whether they lead the session. */
export interface WorksheetActor {
  name: string;
  authorId: string;
  isFacilitator: boolean;
}
