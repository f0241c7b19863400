// The shared, accessible building blocks of every page (React Aria Components styled with KERN).
export { Button, ButtonLink, type ButtonProps, type ButtonVariant } from './Button';
export { Checkbox, type CheckboxProps } from './Checkbox';
export { ChipList, type Chip, type ChipListProps } from './ChipList';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { ErrorState, type ErrorStateProps } from './ErrorState';
export { errorText } from './error-text';
export { describeFieldMessage } from './field-messages';
export { Form, type FormProps } from './Form';
export { FormError } from './FormError';
export { LoadingState } from './LoadingState';
export { Page, type PageProps } from './Page';
export { RadioGroup, type RadioGroupProps, type RadioOption } from './RadioGroup';
export { Select, type SelectOption, type SelectProps } from './Select';
export { TaxonomyComboBox, useTaxonomySuggestions, type TaxonomyComboBoxProps, type TaxonomyKind } from './TaxonomyComboBox';
export { TextArea, type TextAreaProps } from './TextArea';
export { TextField, type TextFieldProps } from './TextField';
export { TodoPage } from './TodoPage';
export { useDebouncedValue } from './useDebouncedValue';
